#include "templatecomposer.h"

#include "cachenotifier.h"
#include "caseactions.h"
#include "displaytext.h"
#include "templatelistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace redress {
namespace {

/// The message as HTML, each unresolved "[[path]]" marked so the agent sees at once what is missing.
QString previewHtml(const QString &text)
{
    static const QRegularExpression unresolved(QStringLiteral("\\[\\[[^\\]]*\\]\\]"));
    QString html;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = unresolved.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(from, match.capturedStart() - from).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:#ffcdd2; color:#b71c1c; font-weight:bold;\">%1</span>")
                    .arg(match.captured().toHtmlEscaped());
        from = match.capturedEnd();
    }
    html += text.mid(from).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

TemplateComposer::TemplateComposer(TemplateListModel &templates, CaseActions &actions, CacheNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_templates(templates)
    , m_actions(actions)
    , m_template(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_locale(new QComboBox(this))
    , m_subject(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_counter(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_fillInBox(new QWidget(this))
    , m_fillIns(new QFormLayout(m_fillInBox))
    , m_copy(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Cop&y"), this))
    , m_send(new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), tr("&Send"), this))
{
    setObjectName(QStringLiteral("templateComposer"));
    m_template->setObjectName(QStringLiteral("templateBox"));
    m_template->setAccessibleName(tr("Template"));
    m_template->setModel(&m_templates);
    m_channel->setObjectName(QStringLiteral("channelBox"));
    m_channel->setAccessibleName(tr("Channel"));
    m_locale->setObjectName(QStringLiteral("localeBox"));
    m_locale->setAccessibleName(tr("Language of the message"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_preview->setOpenLinks(false);
    m_counter->setObjectName(QStringLiteral("lengthCounter"));
    m_counter->setAccessibleName(tr("Length of the message"));
    m_problems->setObjectName(QStringLiteral("unresolved"));
    m_problems->setWordWrap(true);
    m_problems->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_fillInBox->setObjectName(QStringLiteral("fillIns"));
    m_fillIns->setContentsMargins(0, 0, 0, 0);
    m_fillInBox->hide();
    m_copy->setObjectName(QStringLiteral("copyMessage"));
    m_copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copy->setToolTip(tr("Copy the message to the clipboard (Ctrl+Shift+C)"));
    m_send->setObjectName(QStringLiteral("sendMessage"));
    m_send->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_send->setToolTip(tr("Send and record on the case (Ctrl+Shift+S)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Template"), m_template);
    auto *variant = new QHBoxLayout;
    variant->addWidget(m_channel, 1);
    variant->addWidget(m_locale, 1);
    auto *variantLabel = new QLabel(tr("Channe&l and language"), this);
    variantLabel->setBuddy(m_channel);
    form->addRow(variantLabel, variant);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_subject);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_fillInBox);
    layout->addLayout(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &TemplateComposer::templateChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TemplateComposer::render);
    connect(m_locale, &QComboBox::currentIndexChanged, this, &TemplateComposer::render);
    connect(m_copy, &QPushButton::clicked, this, &TemplateComposer::copyToClipboard);
    connect(m_send, &QPushButton::clicked, this, &TemplateComposer::send);
    // A sync that brings new documents resets the list: the agent's template, channel and language stay.
    connect(&m_templates, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptTemplate = m_templates.index(m_template->currentIndex(), 0).data(TemplateListModel::IdRole).toString();
        m_keptChannel = m_channel->currentData().toString();
        m_keptLocale = m_locale->currentData().toString();
    });
    connect(&m_templates, &QAbstractItemModel::modelReset, this, [this] {
        m_filling = true;
        if (const int row = m_templates.rowOf(m_keptTemplate); row >= 0)
            m_template->setCurrentIndex(row);
        m_filling = false;
        templateChanged();
        m_keptTemplate.clear();
        m_keptChannel.clear();
        m_keptLocale.clear();
    });
    if (notifier) {
        connect(notifier, &CacheNotifier::casesChanged, this, [this](const QStringList &ids) {
            if (ids.contains(m_caseId))
                render();
        });
    }
    templateChanged();
}

void TemplateComposer::setCase(const QString &caseId, const QString &channel, const QString &locale)
{
    m_caseId = caseId;
    m_caseChannel = channel;
    m_customerLocale = locale;
    templateChanged();
}

void TemplateComposer::recommend(const QString &templateId)
{
    m_templates.setRecommended(templateId);
    selectTemplate(templateId);
}

void TemplateComposer::setCompensation(const QString &compensationId)
{
    m_compensationId = compensationId;
    render();
}

void TemplateComposer::selectTemplate(const QString &templateId)
{
    const int row = m_templates.rowOf(templateId);
    if (row >= 0)
        m_template->setCurrentIndex(row);
}

void TemplateComposer::pick(QComboBox *box, const QStringList &ids, const QStringList &preferred)
{
    const QString current = box->currentData().toString();
    box->clear();
    for (const QString &id : ids)
        box->addItem(box == m_channel ? DisplayText::channel(id) : id, id);
    for (const QString &want : preferred) {
        if (const int index = box->findData(want); !want.isEmpty() && index >= 0) {
            box->setCurrentIndex(index);
            return;
        }
    }
    if (const int index = box->findData(current); index >= 0)
        box->setCurrentIndex(index);
}

void TemplateComposer::templateChanged()
{
    m_filling = true;
    const QModelIndex index = m_templates.index(m_template->currentIndex(), 0);
    // A phone or counter case is followed up by email; chat and email cases in their own channel.
    const QString followUp = m_caseChannel == QLatin1String("chat") || m_caseChannel == QLatin1String("email")
                                 ? m_caseChannel
                                 : QStringLiteral("email");
    pick(m_channel, index.data(TemplateListModel::ChannelsRole).toStringList(), {m_keptChannel, followUp, QStringLiteral("email")});
    const QString language = m_customerLocale.section(QLatin1Char('-'), 0, 0);
    pick(m_locale, index.data(TemplateListModel::LocalesRole).toStringList(),
         {m_keptLocale, m_customerLocale, language, QStringLiteral("en")});
    m_filling = false;
    render();
}

void TemplateComposer::render()
{
    if (m_filling)
        return;
    m_rendered = false;
    m_send->setEnabled(false);
    m_copy->setEnabled(false);
    const QString templateId = m_templates.index(m_template->currentIndex(), 0).data(TemplateListModel::IdRole).toString();
    if (m_caseId.isEmpty() || templateId.isEmpty()) {
        m_preview->clear();
        m_subject->clear();
        m_counter->clear();
        m_problems->setText(templateId.isEmpty() ? tr("No templates are cached yet: they arrive with the first sync.") : QString());
        return;
    }
    Result<RenderedMessage> rendered = m_actions.renderMessage(m_caseId, templateId, m_channel->currentData().toString(),
                                                               m_locale->currentData().toString(), m_compensationId);
    if (!rendered) {
        m_preview->clear();
        m_subject->clear();
        m_counter->clear();
        m_problems->setText(rendered.error().message);
        return;
    }
    m_message = *rendered;
    m_rendered = true;
    m_subject->setVisible(m_message.hasSubject);
    m_subject->setText(tr("Subject: %1").arg(m_message.subject));
    m_preview->setHtml(previewHtml(m_message.text));
    m_counter->setText(tr("%1 / %2 characters").arg(m_message.length).arg(m_message.limit));
    m_counter->setStyleSheet(m_message.withinLimit() ? QString() : QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    QStringList problems;
    if (!m_message.unresolved.isEmpty()) {
        QStringList items;
        for (const RenderedMessage::Unresolved &item : m_message.unresolved)
            items.append(tr("%1 (%2)").arg(item.path, item.reason));
        problems.append(tr("Fill in before sending: %1").arg(items.join(QStringLiteral("; "))));
    }
    if (!m_message.withinLimit())
        problems.append(tr("Too long for %1: shorten it or pick another channel.").arg(m_channel->currentText()));
    rebuildFillIns();
    if (alreadySent())
        problems.append(tr("This message was sent. Change it, or pick another template, to send again."));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_send->setEnabled(canSend());
    m_send->setToolTip(canSend() ? tr("Send and record on the case (Ctrl+Shift+S)") : problems.join(QLatin1Char('\n')));
    m_copy->setEnabled(true);
}

QString TemplateComposer::factFor(const QString &path)
{
    static const QRegularExpression fillable(QStringLiteral("^(order|booking)\\.([a-z][a-z0-9_]{0,40})$"));
    const QRegularExpressionMatch match = fillable.match(path);
    return match.hasMatch() ? match.captured(1) + QLatin1Char('_') + match.captured(2) : QString();
}

void TemplateComposer::rebuildFillIns()
{
    QStringList paths;
    for (const RenderedMessage::Unresolved &item : m_message.unresolved)
        if (!factFor(item.path).isEmpty())
            paths.append(item.path);
    if (paths == m_fillInPaths)
        return; // keep what the agent is typing
    m_fillInPaths = paths;
    // The field that pressed Enter is still handling its key event: its row goes later, not now.
    while (m_fillIns->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_fillIns->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    for (const QString &path : paths) {
        auto *edit = new QLineEdit(m_fillInBox);
        edit->setObjectName(QStringLiteral("fill_") + factFor(path));
        edit->setAccessibleName(tr("Value for %1").arg(path));
        edit->setPlaceholderText(path.endsWith(QLatin1String("date")) ? tr("YYYY-MM-DD") : tr("as the customer knows it"));
        connect(edit, &QLineEdit::returnPressed, this, &TemplateComposer::saveFillIns);
        m_fillIns->addRow(tr("%1:").arg(path), edit);
    }
    if (!paths.isEmpty()) {
        auto *save = new QPushButton(tr("Save to the case"), m_fillInBox);
        save->setObjectName(QStringLiteral("saveFillIns"));
        connect(save, &QPushButton::clicked, this, &TemplateComposer::saveFillIns);
        m_fillIns->addRow(QString(), save);
    }
    m_fillInBox->setVisible(!paths.isEmpty());
}

bool TemplateComposer::saveFillIns()
{
    QJsonObject facts;
    for (const QString &path : std::as_const(m_fillInPaths)) {
        const QString fact = factFor(path);
        auto *edit = m_fillInBox->findChild<QLineEdit *>(QStringLiteral("fill_") + fact);
        if (edit && !edit->text().trimmed().isEmpty())
            facts.insert(fact, edit->text().trimmed());
    }
    if (facts.isEmpty())
        return false;
    Result<void> updated = m_actions.updateCase(m_caseId, QJsonObject{{QStringLiteral("facts"), facts}});
    if (!updated) {
        m_problems->setText(updated.error().message);
        return false;
    }
    m_fillInPaths.clear(); // the fields are rebuilt for what is still missing
    render();
    return true;
}

bool TemplateComposer::fillIn(const QString &path, const QString &value)
{
    const QString fact = factFor(path);
    if (fact.isEmpty())
        return false;
    Result<void> updated = m_actions.updateCase(m_caseId, QJsonObject{{QStringLiteral("facts"), QJsonObject{{fact, value}}}});
    if (!updated)
        return false;
    render();
    return true;
}

bool TemplateComposer::canSend() const
{
    return m_rendered && m_message.isSendable() && !alreadySent();
}

bool TemplateComposer::alreadySent() const
{
    return !m_sentText.isEmpty() && m_sentText == m_message.subject + QChar(QChar::LineSeparator) + m_message.text;
}

bool TemplateComposer::send()
{
    if (!canSend())
        return false;
    const QString templateId = m_templates.index(m_template->currentIndex(), 0).data(TemplateListModel::IdRole).toString();
    Result<void> sentMessage = m_actions.sendMessage(m_caseId, templateId, m_message);
    if (!sentMessage) {
        m_problems->setText(sentMessage.error().message);
        return false;
    }
    m_problems->setText(tr("Sent: the message is on the case's timeline."));
    // The same text again would reach the customer twice: Send waits until the message changes.
    m_sentText = m_message.subject + QChar(QChar::LineSeparator) + m_message.text;
    m_send->setEnabled(false);
    Q_EMIT sent();
    return true;
}

void TemplateComposer::copyToClipboard()
{
    if (!m_rendered)
        return;
    QApplication::clipboard()->setText(m_message.hasSubject ? m_message.subject + QStringLiteral("\n\n") + m_message.text
                                                            : m_message.text);
}

} // namespace redress
