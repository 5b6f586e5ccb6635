#include "cachenotifier.h"
#include "cachestore.h"
#include "localdatabase.h"
#include "templatelistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

namespace {

QStringList ids(const TemplateListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(TemplateListModel::IdRole).toString());
    return list;
}

QStringList titles(const TemplateListModel &model, int from = 0)
{
    QStringList list;
    for (int row = from; row < model.rowCount(); ++row)
        list.append(model.index(row).data(TemplateListModel::TitleRole).toString());
    return list;
}

bool isSortedByTitle(QStringList list)
{
    for (QString &title : list)
        title = title.toCaseFolded();
    return std::is_sorted(list.cbegin(), list.cend(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
}

} // namespace

class TestTemplateListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    int m_seeded = 0;

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(m_dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        CacheStore store(*m_db);
        const QDir seed(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/templates"));
        for (const QString &name : seed.entryList({QStringLiteral("*.json")})) {
            if (name == QLatin1String("sample-context.json"))
                continue;
            QFile file(seed.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
            QVERIFY(store.storeDocument(QStringLiteral("template"), body.value(QLatin1String("id")).toString(),
                                        body.value(QLatin1String("version")).toInt(), QStringLiteral("sha"), body));
            ++m_seeded;
        }
        QVERIFY(m_seeded >= 5);
    }

    void templates_byTitle_withChannelsAndLocales()
    {
        TemplateListModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), m_seeded);
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(isSortedByTitle(titles(model)));
        const QModelIndex late = model.index(model.rowOf(QStringLiteral("late_delivery_apology")));
        QCOMPARE(late.data().toString(), QStringLiteral("Late delivery apology"));
        QStringList channels = late.data(TemplateListModel::ChannelsRole).toStringList();
        channels.sort();
        QCOMPARE(channels, (QStringList{QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("sms")}));
        QStringList locales = late.data(TemplateListModel::LocalesRole).toStringList();
        locales.sort();
        QCOMPARE(locales, (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        QCOMPARE(late.data(TemplateListModel::CategoriesRole).toStringList(), QStringList{QStringLiteral("late_delivery")});
        QVERIFY(!late.data(TemplateListModel::RecommendedRole).toBool());
        QVERIFY(model.roleNames().values().contains("channels"));
    }

    void recommended_comesFirst_byMovesNotReset()
    {
        TemplateListModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        model.setRecommended(QStringLiteral("late_delivery_apology"));
        QCOMPARE(ids(model).constFirst(), QStringLiteral("late_delivery_apology"));
        QVERIFY(model.index(0).data(TemplateListModel::RecommendedRole).toBool());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Late delivery apology (recommended)"));
        QVERIFY(isSortedByTitle(titles(model, 1)));
        QCOMPARE(moves.size(), 1);

        // Another outcome recommends another template: the first goes back to its place.
        model.setRecommended(QStringLiteral("parcel_left_in_rain"));
        QCOMPARE(ids(model).constFirst(), QStringLiteral("parcel_left_in_rain"));
        QVERIFY(isSortedByTitle(titles(model, 1)));
        QVERIFY(!model.index(model.rowOf(QStringLiteral("late_delivery_apology"))).data(TemplateListModel::RecommendedRole).toBool());
        model.setRecommended(QStringLiteral("billing_error_correction")); // first by title anyway
        QCOMPARE(ids(model).constFirst(), QStringLiteral("billing_error_correction"));
        QVERIFY(isSortedByTitle(titles(model, 1)));
        model.setRecommended(QString());
        QVERIFY(isSortedByTitle(titles(model)));
        model.setRecommended(QStringLiteral("no_such_template"));
        QVERIFY(isSortedByTitle(titles(model)));
        QCOMPARE(resets.size(), 0);
    }

    void badDocument_isLeftOut_andRefreshFollowsDocuments()
    {
        CacheNotifier notifier;
        TemplateListModel model(*m_db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecommended(QStringLiteral("late_delivery_apology"));
        CacheStore store(*m_db);
        QVERIFY(store.storeDocument(QStringLiteral("template"), QStringLiteral("broken"), 1, QStringLiteral("sha"),
                                    QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("id"), QStringLiteral("broken")}}));
        QVERIFY(store.storeDocument(QStringLiteral("tree"), QStringLiteral("not_a_template"), 1, QStringLiteral("sha"), QJsonObject{}));
        Q_EMIT notifier.documentsChanged();
        QCOMPARE(model.rowCount(), m_seeded);
        QVERIFY(model.lastError().contains(QLatin1String("broken")));
        QCOMPARE(ids(model).constFirst(), QStringLiteral("late_delivery_apology")); // still recommended after a refresh
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM documents WHERE id = 'broken'")));
        Q_EMIT notifier.documentsChanged();
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateListModel)
#include "tst_templatelistmodel.moc"
