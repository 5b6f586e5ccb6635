#pragma once

#include "renderedmessage.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
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

    /// Fills an unresolved case placeholder ("order.promised_date") as a case fact, as the fill-in field does.
    bool fillIn(const QString &path, const QString &value);
    bool canSend() const;
    /// The message as rendered now is the one just sent.
    bool alreadySent() const;
    const RenderedMessage &message() const { return m_message; }
    bool send();
    void copyToClipboard();

Q_SIGNALS:
    void sent();

private:
    void templateChanged();
    void render();
    void pick(QComboBox *box, const QStringList &ids, const QStringList &preferred);
    void rebuildFillIns();
    bool saveFillIns();
    /// The case fact a placeholder reads ("order.promised_date" → "order_promised_date"); empty when the agent
    /// cannot fill it on the case (brand, agent, compensation…).
    static QString factFor(const QString &path);

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
    QWidget *m_fillInBox;
    QFormLayout *m_fillIns;
    QStringList m_fillInPaths;
    QPushButton *m_copy;
    QPushButton *m_send;
    RenderedMessage m_message;
    QString m_keptTemplate; ///< the agent's choices across a reset of the template list
    QString m_keptChannel;
    QString m_keptLocale;
    QString m_sentText; ///< subject and text of the last message sent, so a repeated key does not send it twice
    bool m_rendered = false;
    bool m_filling = false;
};

} // namespace redress
