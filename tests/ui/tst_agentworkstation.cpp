// The agent workstation driven as an agent drives it — keys, clicks and the widgets' own signals — against the real
// redress-server (demo organisation) on loopback. Widgets are found by objectName, as KeePassXC's GUI tests do.

#include "caseworkspace.h"
#include "clientcontext.h"
#include "compensationpanel.h"
#include "mainwindow.h"
#include "searchmodel.h"
#include "syncengine.h"
#include "syncstatusbar.h"
#include "templatecomposer.h"
#include "treeguide.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace redress;

namespace {

// María José Rivera (gold): "Replacement phone arrived 18h late", assigned to the demo agent, open, by chat.
const QString kLateCase = QStringLiteral("case-25707");

QString labelText(QWidget *root, const QString &name)
{
    QLabel *label = find<QLabel>(root, name);
    return label ? label->text() : QString();
}

} // namespace

class TestAgentWorkstation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchOpenWalkGrantSend_recordsEverythingOnTheServer();
    void overLimitCompensation_showsNeedsApproval();
    void unresolvedPlaceholder_blocksSendUntilFilledIn();
    void serverGone_showsOfflineBannerAndPendingCount();
    void shortcutsDialog_listsEveryFrequentAction();

private:
    CaseWorkspace *openLateCase(UiClient &client);

    DemoServer m_server;
};

void TestAgentWorkstation::initTestCase()
{
    QVERIFY(m_server.start());
}

CaseWorkspace *TestAgentWorkstation::openLateCase(UiClient &client)
{
    auto *search = find<QLineEdit>(&client.window(), QStringLiteral("searchEdit"));
    auto *results = find<QListView>(&client.window(), QStringLiteral("searchResults"));
    if (!search || !results)
        return nullptr;
    search->setFocus();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("replacement pho"));
    // Results while typing: the case is found from a prefix of its title.
    const bool found = QTest::qWaitFor([&] {
        for (int row = 0; row < results->model()->rowCount(); ++row)
            if (results->model()->index(row, 0).data(SearchModel::CaseIdRole).toString() == kLateCase)
                return true;
        return false;
    }, 5000);
    if (!found)
        return nullptr;
    int row = 0;
    while (results->model()->index(row, 0).data(SearchModel::CaseIdRole).toString() != kLateCase)
        ++row;
    // Down from the search box goes to the results; the arrow keys and Enter open the case.
    QTest::keyClick(search, Qt::Key_Down);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    CaseWorkspace *workspace = client.window().currentWorkspace();
    return workspace && workspace->caseId() == kLateCase ? workspace : nullptr;
}

void TestAgentWorkstation::searchOpenWalkGrantSend_recordsEverythingOnTheServer()
{
    UiClient client;
    const QString started = client.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = openLateCase(client);
    QVERIFY(workspace);

    // The customer header: tier, lifetime value, what she received lately.
    const QString header = labelText(workspace, QStringLiteral("customerName"));
    QVERIFY2(header.contains(QStringLiteral("María José Rivera")) && header.contains(QStringLiteral("Gold")), qPrintable(header));
    QVERIFY(labelText(workspace, QStringLiteral("lifetimeValue")).contains(QStringLiteral("USD")));

    // The guide, by number keys: delivered late (2), carrier delay (1), Express (1), one day late (2).
    TreeGuide *guide = workspace->guide();
    QVERIFY(guide->isVisible());
    QCOMPARE(labelText(guide, QStringLiteral("question")), QStringLiteral("What does the parcel's tracking history show?"));
    guide->setFocus();
    for (Qt::Key key : {Qt::Key_2, Qt::Key_1, Qt::Key_1, Qt::Key_2})
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : guide, key);
    QCOMPARE(labelText(guide, QStringLiteral("question")), QStringLiteral("Refund the Express surcharge"));
    // Back through the breadcrumb, and forward again with a click on the answer button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QCOMPARE(labelText(guide, QStringLiteral("question")), QStringLiteral("How late was the Express parcel?"));
    auto *oneDay = find<QPushButton>(guide, QStringLiteral("answer_one_day"));
    QVERIFY(oneDay);
    QTest::mouseClick(oneDay, Qt::LeftButton);
    auto *use = find<QPushButton>(guide, QStringLiteral("useRecovery"));
    QVERIFY(use && use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);

    // The recovery pre-fills the compensation: a refund within the agent's limit.
    CompensationPanel *panel = workspace->compensation();
    QTRY_VERIFY(panel->isVisible());
    auto *kind = find<QComboBox>(panel, QStringLiteral("compensationKind"));
    auto *amount = find<QLineEdit>(panel, QStringLiteral("compensationAmount"));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("refund"));
    QVERIFY2(!amount->text().isEmpty(), "the guide's suggested amount fills the amount");
    QVERIFY2(panel->verdictText().startsWith(QStringLiteral("Within your limit: USD ")), qPrintable(panel->verdictText()));
    // Live as the agent types.
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("12.5"));
    QVERIFY2(panel->verdictText().startsWith(QStringLiteral("Within your limit: USD 12.50 of ")), qPrintable(panel->verdictText()));
    QVERIFY(labelText(panel, QStringLiteral("dailyBudget")).startsWith(QStringLiteral("You may still grant USD ")));
    auto *propose = find<QPushButton>(panel, QStringLiteral("propose"));
    QVERIFY(propose->isEnabled());
    QTest::mouseClick(propose, Qt::LeftButton);
    auto *outcomes = find<QListWidget>(panel, QStringLiteral("compensationOutcomes"));
    QTRY_VERIFY(outcomes->count() >= 1);
    // A second press records nothing more: the form starts over.
    const int recorded = outcomes->count();
    QVERIFY(!propose->isEnabled());
    QVERIFY(amount->text().isEmpty());
    QTest::keyClick(amount, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(outcomes->count(), recorded);

    // The message: the recommended template, by chat (the case's channel), with the compensation filled in.
    TemplateComposer *composer = workspace->composer();
    auto *templates = find<QComboBox>(composer, QStringLiteral("templateBox"));
    QCOMPARE(templates->currentIndex(), 0);
    QCOMPARE(composer->message().channel, Channel::Chat);
    auto *preview = find<QTextBrowser>(composer, QStringLiteral("preview"));
    // In the customer's language (she is es-MX): "12,50 US$".
    QCOMPARE(composer->message().locale.left(2), QStringLiteral("es"));
    QVERIFY2(preview->toPlainText().contains(QRegularExpression(QStringLiteral("12[.,]50"))), qPrintable(preview->toPlainText()));
    // The case has no promised date or carrier: fill them in, as the agent would from the order system.
    if (!composer->canSend()) {
        QVERIFY(composer->fillIn(QStringLiteral("order.promised_date"), QStringLiteral("2026-11-20")));
        QVERIFY(composer->fillIn(QStringLiteral("order.carrier"), QStringLiteral("Northwind Parcel")));
    }
    QVERIFY2(composer->canSend(), qPrintable(composer->message().unresolvedPaths().join(QLatin1Char(','))));
    auto *send = find<QPushButton>(composer, QStringLiteral("sendMessage"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    // Sent once: the same message cannot go out again by a repeated key.
    QVERIFY(!composer->canSend());
    QVERIFY(!send->isEnabled());
    QVERIFY(!composer->send());

    // All of it reaches the server once synced: the path, the refund applied, the message on the timeline.
    QVERIFY(client.syncUntilIdle());
    QVERIFY2(labelText(&client.window(), QStringLiteral("pendingCount")) == QStringLiteral("Nothing waiting to sync"),
             qPrintable(labelText(&client.window(), QStringLiteral("pendingCount"))));
    const HttpReply signIn = m_server.process().post(QStringLiteral("/api/v1/sessions"),
                                                     QJsonObject{{QStringLiteral("username"), QStringLiteral("agent")},
                                                                 {QStringLiteral("password"), DemoServer::kPassword},
                                                                 {QStringLiteral("device_id"), QStringLiteral("test-reader")}});
    QCOMPARE(signIn.status, 201);
    const HttpReply events = m_server.process().get(QStringLiteral("/api/v1/cases/%1").arg(kLateCase),
                                                    signIn.json.value(QLatin1String("token")).toString());
    QCOMPARE(events.status, 200);
    const QByteArray body = QJsonDocument(events.json).toJson(QJsonDocument::Compact);
    QVERIFY2(body.contains("\"message.sent\""), body.constData());
    QVERIFY2(body.contains("\"compensation.applied\""), body.constData());
    QVERIFY2(body.contains("o_express_refund"), body.constData());
    QTRY_VERIFY(outcomes->item(outcomes->count() - 1)->text().contains(QStringLiteral("applied")));
    QVERIFY(!outcomes->item(outcomes->count() - 1)->text().contains(QStringLiteral("not yet synced")));
}

void TestAgentWorkstation::overLimitCompensation_showsNeedsApproval()
{
    UiClient client;
    const QString started = client.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = client.window().openCase(kLateCase);
    QVERIFY(workspace);
    workspace->showStep(CaseWorkspace::Step::Compensation);
    CompensationPanel *panel = workspace->compensation();
    auto *kind = find<QComboBox>(panel, QStringLiteral("compensationKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("voucher")));
    auto *amount = find<QLineEdit>(panel, QStringLiteral("compensationAmount"));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("400"));
    QVERIFY2(panel->verdictText().startsWith(QStringLiteral("Needs ")) && panel->verdictText().contains(QStringLiteral("approval")),
             qPrintable(panel->verdictText()));
    QVERIFY(panel->canPropose());
    QVERIFY(panel->propose());
    auto *outcomes = find<QListWidget>(panel, QStringLiteral("compensationOutcomes"));
    QTRY_VERIFY(outcomes->count() >= 1);
    QVERIFY(outcomes->item(outcomes->count() - 1)->text().contains(QStringLiteral("waiting for approval")));
    // The composer switches to the message that says approval is pending.
    QCOMPARE(workspace->composer()->findChild<QComboBox *>(QStringLiteral("templateBox"))->currentData(Qt::UserRole + 1).toString(),
             QStringLiteral("compensation_pending_approval"));
    QVERIFY(client.syncUntilIdle());
    QTRY_VERIFY(outcomes->item(outcomes->count() - 1)->text().contains(QStringLiteral("waiting for approval")));
    QVERIFY(!outcomes->item(outcomes->count() - 1)->text().contains(QStringLiteral("not yet synced")));
}

void TestAgentWorkstation::unresolvedPlaceholder_blocksSendUntilFilledIn()
{
    UiClient client;
    const QString started = client.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = client.window().openCase(kLateCase);
    QVERIFY(workspace);
    workspace->showStep(CaseWorkspace::Step::Message);
    TemplateComposer *composer = workspace->composer();
    composer->selectTemplate(QStringLiteral("billing_error_correction"));
    // A parcel case has no rental booking: {{booking.reference}} cannot be filled from it.
    QVERIFY(composer->message().unresolvedPaths().contains(QStringLiteral("booking.reference")));
    QVERIFY(!composer->canSend());
    auto *send = find<QPushButton>(composer, QStringLiteral("sendMessage"));
    QVERIFY(!send->isEnabled());
    QVERIFY(!composer->send());
    auto *preview = find<QTextBrowser>(composer, QStringLiteral("preview"));
    QVERIFY2(preview->toHtml().contains(QStringLiteral("[[booking.reference]]")), qPrintable(preview->toHtml()));
    QVERIFY(labelText(composer, QStringLiteral("unresolved")).contains(QStringLiteral("booking.reference")));
    // The fill-in field for it puts the value on the case, and the message re-renders.
    auto *field = find<QLineEdit>(composer, QStringLiteral("fill_booking_reference"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("NR-2211-0042"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(!composer->message().unresolvedPaths().contains(QStringLiteral("booking.reference")),
             qPrintable(composer->message().unresolvedPaths().join(QLatin1Char(','))));
    QVERIFY(find<QTextBrowser>(composer, QStringLiteral("preview"))->toPlainText().contains(QStringLiteral("NR-2211-0042")));
}

void TestAgentWorkstation::serverGone_showsOfflineBannerAndPendingCount()
{
    UiClient client;
    const QString started = client.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto *banner = find<QLabel>(&client.window(), QStringLiteral("offlineBanner"));
    QVERIFY(banner->isHidden());
    CaseWorkspace *workspace = client.window().openCase(kLateCase);
    QVERIFY(workspace);

    m_server.stop();
    workspace->focusNote();
    auto *note = find<QPlainTextEdit>(workspace, QStringLiteral("noteEditor"));
    QTest::keyClicks(note, QStringLiteral("Customer called back while the server was down."));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(note->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Offline")), qPrintable(banner->text()));
    QCOMPARE(labelText(&client.window(), QStringLiteral("connectionStatus")), QStringLiteral("Offline"));
    QCOMPARE(labelText(&client.window(), QStringLiteral("pendingCount")), QStringLiteral("Waiting to sync: 1"));

    QVERIFY(m_server.start());
    client.context().sync().syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(&client.window(), QStringLiteral("pendingCount")), QStringLiteral("Nothing waiting to sync"), 20000);
}

void TestAgentWorkstation::shortcutsDialog_listsEveryFrequentAction()
{
    UiClient client;
    const QString started = client.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QStringList listed;
    for (const ShortcutsDialog::Entry &entry : client.window().shortcutEntries())
        listed.append(entry.keys + QLatin1Char('=') + entry.action);
    for (const char *expected : {"Ctrl+F=Find customer or case", "F5=Sync now", "Ctrl+1=Decision guide", "Ctrl+2=Compensation",
                                 "Ctrl+3=Message", "Ctrl+4=Resolve", "Ctrl+N=New note", "Ctrl+Shift+Q=My queue",
                                 "Ctrl+Shift+O=Outbox", "F1=Keyboard shortcuts", "Ctrl+W=Close case tab", "Ctrl+Q=Quit", "1 … 9=Guide: pick that answer"}) {
        QVERIFY2(listed.contains(QString::fromUtf8(expected)), qPrintable(listed.join(QLatin1Char('\n'))));
    }
    // No two window actions share a key.
    QSet<QString> keys;
    for (const ShortcutsDialog::Entry &entry : client.window().shortcutEntries()) {
        QVERIFY2(!keys.contains(entry.keys), qPrintable(entry.keys));
        keys.insert(entry.keys);
    }
}

QTEST_MAIN(TestAgentWorkstation)
#include "tst_agentworkstation.moc"
