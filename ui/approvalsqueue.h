#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace redress {

class ApprovalQueueModel;
class CaseActions;
class CaseReader;
class ClientContext;

/// The lead's approvals queue: the requests in their scope, the one due first on top, updated live as the sync
/// engine brings them (WebSocket pokes); SLA countdowns turn amber, then red when the request escalates. The
/// request in focus shows its context; approve or reject (a comment is required to reject) from the keyboard, and
/// the queue moves on to the next. A lead's own request cannot be decided by them: the buttons are off and say why.
class ApprovalsQueue final : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsQueue(ClientContext &context, QWidget *parent = nullptr);

    ApprovalQueueModel *model() const { return m_model; }
    /// Selects the request with this id; false when it is not in the queue.
    bool select(const QString &approvalId);
    QString currentApprovalId() const;
    /// Decides the request in focus (the comment box holds the comment); false with the reason shown when refused.
    bool approve();
    bool reject();
    void next();
    QString blockedReason() const;

Q_SIGNALS:
    void openCaseRequested(const QString &caseId);
    void countChanged(int pending);
    void message(const QString &text);

private:
    void showCurrent();
    bool decide(bool approve);
    void delegate();

    ClientContext &m_context;
    ApprovalQueueModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_reasons;
    QLabel *m_sla;
    QLabel *m_blocked;
    QPlainTextEdit *m_comment;
    QPushButton *m_open;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_delegate;
};

} // namespace redress
