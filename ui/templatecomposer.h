#pragma once

#include "renderedmessage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace redress {

class CacheNotifier;
class CaseActions;
class TemplateListModel;

/// The message to the customer: a template (the recommended one first), filled from the case, the customer, the
/// agent and the compensation; placeholders the case cannot fill are highlighted and keep Send disabled; a length
/// counter against the channel's limit; a preview per locale; copy to the clipboard; send (on the timeline).
class TemplateComposer final : public QWidget
{
    Q_OBJECT

public:
    TemplateComposer(TemplateListModel &templates, CaseActions &actions, CacheNotifier *notifier, QWidget *parent = nullptr);

    /// `channel` and `locale` are the case's channel and the customer's language, preferred when a template has them.
    void setCase(const QString &caseId, const QString &channel, const QString &locale);
    void recommend(const QString &templateId);
    /// The compensation the message speaks of (its amount fills {{compensation.amount}}).
    void setCompensation(const QString &compensationId);
    void selectTemplate(const QString &templateId);

    bool canSend() const;
    const RenderedMessage &message() const { return m_message; }
    bool send();
    void copyToClipboard();

Q_SIGNALS:
    void sent();

private:
    void templateChanged();
    void render();
    void pick(QComboBox *box, const QStringList &ids, const QStringList &preferred);

    TemplateListModel &m_templates;
    CaseActions &m_actions;
    QString m_caseId;
    QString m_caseChannel;
    QString m_customerLocale;
    QString m_compensationId;
    QComboBox *m_template;
    QComboBox *m_channel;
    QComboBox *m_locale;
    QLabel *m_subject;
    QTextBrowser *m_preview;
    QLabel *m_counter;
    QLabel *m_problems;
    QPushButton *m_copy;
    QPushButton *m_send;
    RenderedMessage m_message;
    bool m_rendered = false;
    bool m_filling = false;
};

} // namespace redress
