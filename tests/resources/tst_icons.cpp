// The icon set: every icon the UI names is in `:/icons/` just by linking redress_icons, is valid SVG, and renders
// visibly (which needs Qt's SVG plugins at run time). Set REDRESS_ICON_SHEET=/path/sheet.png to also write a
// contact sheet of all icons at 16, 24 and 48 px for a person to look at.

#include "redressicons.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The names the UI relies on; removing or renaming one must fail here, not as a blank button.
const QStringList &iconNames()
{
    static const QStringList names = {
        QStringLiteral("app"),          QStringLiteral("search"),        QStringLiteral("queue"),
        QStringLiteral("recent"),       QStringLiteral("case"),          QStringLiteral("customer"),
        QStringLiteral("note"),         QStringLiteral("guide"),         QStringLiteral("compensation"),
        QStringLiteral("message"),      QStringLiteral("send"),          QStringLiteral("copy"),
        QStringLiteral("resolve"),      QStringLiteral("back"),          QStringLiteral("approve"),
        QStringLiteral("reject"),       QStringLiteral("sync"),          QStringLiteral("online"),
        QStringLiteral("offline"),      QStringLiteral("pending"),       QStringLiteral("warning"),
        QStringLiteral("error"),        QStringLiteral("signout"),       QStringLiteral("shortcuts"),
        QStringLiteral("help"),         QStringLiteral("training"),      QStringLiteral("approvals"),
        QStringLiteral("budget"),       QStringLiteral("dashboard"),     QStringLiteral("tier-standard"),
        QStringLiteral("tier-silver"),  QStringLiteral("tier-gold"),     QStringLiteral("tier-platinum"),
    };
    return names;
}

QString resourcePath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

int visiblePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) >= 128)
                ++count;
    return count;
}

bool containsColour(const QImage &image, QColor wanted)
{
    constexpr int tolerance = 12;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) == 255 && qAbs(qRed(p) - wanted.red()) <= tolerance
                && qAbs(qGreen(p) - wanted.green()) <= tolerance && qAbs(qBlue(p) - wanted.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

QImage render(const QString &name, int size, qreal dpr = 1.0)
{
    return QIcon(resourcePath(name))
        .pixmap(QSize(size, size), dpr)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, before anything calls initIcons(): linking the library must be enough.
    void linkingTheLibrary_registersIconsWithoutInit();
    void svgSupport_isInstalled();
    void everyIcon_isWellFormedSvgWithViewBox_data();
    void everyIcon_isWellFormedSvgWithViewBox();
    void everyIcon_rendersVisiblyAt48px_data();
    void everyIcon_rendersVisiblyAt48px();
    void everyIcon_rendersSharpOnHighDpi();
    void meaningfulColour_isInTheIcon_data();
    void meaningfulColour_isInTheIcon();
    void resource_holdsExactlyTheFilesInTheSourceFolder();
    void initIcons_isHarmlessWhenRepeated();
    void contactSheet_whenAskedFor();
};

void TestIcons::linkingTheLibrary_registersIconsWithoutInit()
{
    QVERIFY2(QFile::exists(QStringLiteral(":/icons/app.svg")),
             "linking redress_icons did not register :/icons/ (the resource object was not linked)");
}

void TestIcons::svgSupport_isInstalled()
{
    // Without Qt's SVG image plugin (Debian: libqt6svg6) every QIcon below is null and the UI shows blank buttons.
    QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
             "no SVG image plugin: install libqt6svg6 (imageformats/libqsvg.so, iconengines/libqsvgicon.so)");
}

void TestIcons::everyIcon_isWellFormedSvgWithViewBox_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : iconNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::everyIcon_isWellFormedSvgWithViewBox()
{
    QFETCH(QString, name);
    QFile file(resourcePath(name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + QStringLiteral(" is missing")));
    QXmlStreamReader xml(&file);
    QString viewBox;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && !sawRoot) {
            sawRoot = true;
            QCOMPARE(xml.name(), QLatin1String("svg"));
            QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2000/svg"));
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawRoot);
    // Square, from the origin: the app icon is drawn on 256 units, the rest on a 24-unit grid.
    const QString expected = name == QLatin1String("app") ? QStringLiteral("0 0 256 256") : QStringLiteral("0 0 24 24");
    QCOMPARE(viewBox, expected);
    // Qt's SVG renderer does not resolve currentColor: it would draw black on every theme.
    file.seek(0);
    QVERIFY(!file.readAll().contains("currentColor"));
}

void TestIcons::everyIcon_rendersVisiblyAt48px_data()
{
    everyIcon_isWellFormedSvgWithViewBox_data();
}

void TestIcons::everyIcon_rendersVisiblyAt48px()
{
    QFETCH(QString, name);
    const QIcon icon(resourcePath(name));
    QVERIFY(!icon.isNull());
    const QImage image = render(name, 48);
    QCOMPARE(image.size(), QSize(48, 48));
    // A 2-unit stroke at 48 px is 4 px wide: even the sparsest icon (back) covers well over 100 pixels, and an empty
    // or failed render covers none. No icon may fill its square either (that would be a renderer error box).
    const int visible = visiblePixels(image);
    QVERIFY2(visible >= 100, qPrintable(QStringLiteral("%1: only %2 visible pixels").arg(name).arg(visible)));
    QVERIFY2(visible < 48 * 48, qPrintable(name + QStringLiteral(" fills its whole square")));
}

void TestIcons::everyIcon_rendersSharpOnHighDpi()
{
    // Vector icons are drawn at device pixels on a 2x desk rather than scaled up from 48 px.
    for (const QString &name : iconNames()) {
        const QPixmap pixmap = QIcon(resourcePath(name)).pixmap(QSize(48, 48), 2.0);
        QVERIFY2(pixmap.size() == QSize(96, 96) && pixmap.devicePixelRatio() == 2.0,
                 qPrintable(QStringLiteral("%1: %2x%3 at ratio %4")
                                .arg(name)
                                .arg(pixmap.width())
                                .arg(pixmap.height())
                                .arg(pixmap.devicePixelRatio())));
    }
}

void TestIcons::meaningfulColour_isInTheIcon_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QColor>("colour");
    const auto row = [](const char *name, const char *colour) {
        QTest::newRow(name) << QString::fromLatin1(name) << QColor(QString::fromLatin1(colour));
    };
    row("app", "#1565c0");
    row("search", "#37474f");
    row("online", "#2e7d32");
    row("offline", "#c62828");
    row("pending", "#ef6c00");
    row("warning", "#ef6c00");
    row("error", "#c62828");
    row("training", "#6a1b9a");
    row("tier-standard", "#78909c");
    row("tier-silver", "#9e9e9e");
    row("tier-gold", "#f9a825");
    row("tier-platinum", "#455a64");
}

void TestIcons::meaningfulColour_isInTheIcon()
{
    QFETCH(QString, name);
    QFETCH(QColor, colour);
    QVERIFY2(containsColour(render(name, 48), colour),
             qPrintable(QStringLiteral("%1 has no %2 pixel").arg(name, colour.name())));
}

void TestIcons::resource_holdsExactlyTheFilesInTheSourceFolder()
{
    // An .svg added to resources/icons/ but not to its CMake list would never reach the program.
    QStringList onDisk = QDir(QStringLiteral(REDRESS_SOURCE_DIR "/resources/icons"))
                             .entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    QStringList inResource = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    QCOMPARE(inResource, onDisk);
    QStringList expected;
    for (const QString &name : iconNames())
        expected << name + QStringLiteral(".svg");
    expected.sort();
    QCOMPARE(inResource, expected);
}

void TestIcons::initIcons_isHarmlessWhenRepeated()
{
    const QStringList before = QDir(QStringLiteral(":/icons")).entryList();
    redress::initIcons();
    redress::initIcons();
    QCOMPARE(QDir(QStringLiteral(":/icons")).entryList(), before);
    QVERIFY(!render(QStringLiteral("app"), 48).isNull());
}

void TestIcons::contactSheet_whenAskedFor()
{
    const QString target = qEnvironmentVariable("REDRESS_ICON_SHEET");
    if (target.isEmpty())
        QSKIP("set REDRESS_ICON_SHEET=/path/sheet.png to write a contact sheet");
    const QStringList &names = iconNames();
    constexpr int cell = 120;
    constexpr int columns = 6;
    const int rows = int((names.size() + columns - 1) / columns);
    // Left half on white, right half on a light panel grey, so faint icons show against both.
    QImage sheet(columns * cell, rows * cell, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    for (int i = 0; i < names.size(); ++i) {
        const QPoint origin((i % columns) * cell, (i / columns) * cell);
        if ((i % columns) >= columns / 2)
            painter.fillRect(QRect(origin, QSize(cell, cell)), QColor(0xec, 0xef, 0xf1));
        const QIcon icon(resourcePath(names[i]));
        painter.drawPixmap(origin + QPoint(8, 8), icon.pixmap(48, 48));
        painter.drawPixmap(origin + QPoint(64, 8), icon.pixmap(24, 24));
        painter.drawPixmap(origin + QPoint(96, 8), icon.pixmap(16, 16));
        painter.setPen(Qt::black);
        painter.drawText(QRect(origin + QPoint(4, 64), QSize(cell - 8, 20)), Qt::AlignLeft, names[i]);
    }
    painter.end();
    QVERIFY2(sheet.save(target), qPrintable(target));
    qInfo("contact sheet written to %s", qPrintable(target));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
