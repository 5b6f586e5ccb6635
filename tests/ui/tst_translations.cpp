// The Spanish catalogue, twice: as the Linguist file translators edit (every message finished, with the source's
// placeholders, accelerator and HTML tags), and compiled, as the widgets show it. Failures list every message at
// once, with its context, so one run tells a translator all that is left to fix.

#include "displaytext.h"
#include "logindialog.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace redress;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< the translation, or each numerus form
    bool numerus = false;
    bool unfinished = false;
    qint64 line = 0;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    bool dropped = false; // obsolete or vanished: lupdate keeps them only for reference
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, xml.lineNumber()};
                inMessage = true;
                dropped = false;
            } else if (name == u"source" && inMessage) {
                message.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == u"unfinished";
                dropped = type == u"obsolete" || type == u"vanished";
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform" && inMessage) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (!dropped)
                messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString where(const Message &message)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(message.line).arg(message.context, message.source.left(80));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

/// "&File" has one accelerator; "&&" is a literal ampersand and "&amp;" in rich text an entity.
int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|[a-zA-Z]+);"));
    if (text.contains(QLatin1Char('<')))
        text.remove(entity);
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&') || i + 1 == text.size())
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

/// The tags of a text as "b", "/b", "br", sorted: a translation may move a tag but not add, drop or rename one.
QStringList tags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>"));
    QStringList found;
    for (QRegularExpressionMatchIterator it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append(match.captured(1) + match.captured(2).toLower());
    }
    return found;
}

bool nestsProperly(const QStringList &tagsInOrder)
{
    static const QSet<QString> empty{QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img")};
    QStringList open;
    for (const QString &tag : tagsInOrder) {
        if (empty.contains(tag))
            continue;
        if (!tag.startsWith(QLatin1Char('/')))
            open.append(tag);
        else if (open.isEmpty() || open.takeLast() != tag.mid(1))
            return false;
    }
    return open.isEmpty();
}

/// "Ctrl+Shift+P", "F1": handed to QKeySequence, so a translation would change the key, not its label.
bool isKeySequence(const QString &text)
{
    static const QRegularExpression keys(QStringLiteral("^(((Ctrl|Alt|Shift|Meta)\\+)+\\S+|F[0-9]{1,2})$"));
    return keys.match(text).hasMatch();
}

QString failures(const QStringList &problems)
{
    return QStringLiteral("%1 message(s):\n").arg(problems.size()) + problems.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The Linguist file
    void everyMessage_isFinishedAndNotEmpty();
    void numerusMessages_haveSpanishSingularAndPlural();
    void placeholders_matchTheSource();
    void accelerators_matchTheSource();
    void htmlTags_balanceLikeTheSource();
    void keySequences_areCopiedUnchanged();

    // The compiled catalogue, as the widgets show it
    void withoutCatalogue_widgetsSpeakEnglish();
    void spanishCatalogue_loadsFromResources();
    void loginDialog_signInButtonIsSpanish();
    void shortcutsDialog_headersAreSpanish();
    void displayText_tierIsSpanish();
    void numerus_followsSpanishPluralRules();
    void coreLabels_areSpanish();

    void cleanupTestCase();

private:
    QList<Message> m_messages;
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readCatalogue(QStringLiteral(REDRESS_SOURCE_DIR "/translations/redress_es.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_messages.isEmpty());
}

void TestTranslations::everyMessage_isFinishedAndNotEmpty()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        bool empty = message.translations.isEmpty();
        for (const QString &text : message.translations)
            empty = empty || text.trimmed().isEmpty();
        if (message.unfinished)
            problems.append(where(message) + QStringLiteral(": unfinished"));
        else if (empty && !message.source.trimmed().isEmpty())
            problems.append(where(message) + QStringLiteral(": empty translation"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestTranslations::numerusMessages_haveSpanishSingularAndPlural()
{
    QStringList problems;
    int numerus = 0;
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.numerus)
            continue;
        ++numerus;
        if (message.translations.size() != 2)
            problems.append(where(message) + QStringLiteral(": %1 forms, Spanish has 2").arg(message.translations.size()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
    if (numerus == 0)
        QSKIP("No %n message in the catalogue today.");
}

void TestTranslations::placeholders_matchTheSource()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &text : message.translations) {
            const QSet<QString> found = placeholders(text);
            if (found != expected) {
                QStringList want = expected.values(), got = found.values();
                want.sort();
                got.sort();
                problems.append(where(message) + QStringLiteral(": source has {%1}, translation \"%2\" has {%3}")
                                                     .arg(want.join(QLatin1Char(' ')), text, got.join(QLatin1Char(' '))));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestTranslations::accelerators_matchTheSource()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const int expected = accelerators(message.source);
        for (const QString &text : message.translations) {
            if (accelerators(text) != expected) {
                problems.append(where(message) + QStringLiteral(": %1 accelerator(s) in the source, %2 in \"%3\"")
                                                     .arg(expected)
                                                     .arg(accelerators(text))
                                                     .arg(text));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestTranslations::htmlTags_balanceLikeTheSource()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QStringList sourceTags = tags(message.source);
        QStringList expected = sourceTags;
        expected.sort();
        for (const QString &text : message.translations) {
            const QStringList translationTags = tags(text);
            QStringList found = translationTags;
            found.sort();
            if (found != expected)
                problems.append(where(message) + QStringLiteral(": tags differ in \"%1\"").arg(text));
            else if (nestsProperly(sourceTags) && !nestsProperly(translationTags))
                problems.append(where(message) + QStringLiteral(": tags do not nest in \"%1\"").arg(text));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestTranslations::keySequences_areCopiedUnchanged()
{
    QStringList problems;
    int keys = 0;
    for (const Message &message : std::as_const(m_messages)) {
        if (!isKeySequence(message.source))
            continue;
        ++keys;
        if (message.translations != QStringList{message.source})
            problems.append(where(message) + QStringLiteral(": translated as \"%1\"").arg(message.translations.join(u'|')));
    }
    QVERIFY(keys > 0); // the pattern still finds the menu shortcuts
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestTranslations::withoutCatalogue_widgetsSpeakEnglish()
{
    // The control: were the Spanish checks below to pass without a catalogue, they would prove nothing.
    LoginDialog dialog;
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    QVERIFY(signIn);
    QCOMPARE(signIn->text(), QStringLiteral("Sign in"));
    QCOMPARE(DisplayText::tier(QStringLiteral("gold")), QStringLiteral("Gold"));
}

void TestTranslations::spanishCatalogue_loadsFromResources()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/redress_es.qm")));
    // As app/main.cpp loads it for --language es.
    QVERIFY(m_translator.load(QLocale(QStringLiteral("es")), QStringLiteral("redress"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::loginDialog_signInButtonIsSpanish()
{
    LoginDialog dialog;
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    QVERIFY(signIn);
    QCOMPARE(signIn->text(), QStringLiteral("Iniciar sesión"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Iniciar sesión en Redress"));
}

void TestTranslations::shortcutsDialog_headersAreSpanish()
{
    ShortcutsDialog dialog({{QStringLiteral("Ctrl+1"), QStringLiteral("Guía de decisión")}});
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QVERIFY(table->horizontalHeaderItem(0) && table->horizontalHeaderItem(1));
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Teclas"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Acción"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Atajos de teclado"));
}

void TestTranslations::displayText_tierIsSpanish()
{
    QCOMPARE(QCoreApplication::translate("redress::DisplayText", "Gold"), QStringLiteral("Oro"));
    QCOMPARE(DisplayText::tier(QStringLiteral("gold")), QStringLiteral("Oro"));
}

void TestTranslations::numerus_followsSpanishPluralRules()
{
    const Message *numerus = nullptr;
    for (const Message &message : std::as_const(m_messages)) {
        if (message.numerus) {
            numerus = &message;
            break;
        }
    }
    if (!numerus)
        QSKIP("No %n message in the catalogue today.");
    const QByteArray context = numerus->context.toUtf8();
    const QByteArray source = numerus->source.toUtf8();
    // Spanish: 1 is singular; 0 and 2 or more are plural.
    const QString one = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
    const QString two = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 2);
    const QString zero = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 0);
    QCOMPARE(one, QString(numerus->translations.at(0)).replace(QLatin1String("%n"), QLatin1String("1")));
    QCOMPARE(two, QString(numerus->translations.at(1)).replace(QLatin1String("%n"), QLatin1String("2")));
    QCOMPARE(zero, QString(numerus->translations.at(1)).replace(QLatin1String("%n"), QLatin1String("0")));
}

void TestTranslations::coreLabels_areSpanish()
{
    // Core texts reach the agent too, as verdict reasons and refusals.
    QCOMPARE(QCoreApplication::translate("Role", "lead"), QStringLiteral("supervisor"));
    QCOMPARE(QCoreApplication::translate("PolicyEngine", "within limit"), QStringLiteral("dentro del límite"));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
