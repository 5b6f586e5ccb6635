// The lead's approvals queue, driven offscreen against the real redress-server: an agent's over-limit request
// appears in the lead's queue without a refresh (WebSocket poke) and is approved from the keyboard; the agent's case
// then shows it applied; a rejection's comment reaches the agent; a lead's own request cannot be decided by them.

#include "approvalqueuemodel.h"
#include "approvalsqueue.h"
#include "caseactions.h"
#include "caseworkspace.h"
#include "clientcontext.h"
#include "compensationpanel.h"
#include "mainwindow.h"
#include "money.h"
#include "syncengine.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace redress;

namespace {

const QString kCase = QStringLiteral("case-25722"); // Alejandro Ruiz, assigned to the demo agent, open

QString lastOutcome(CaseWorkspace *workspace)
{
    auto *outcomes = workspace->compensation()->findChild<QListWidget *>(QStringLiteral("compensationOutcomes"));
    return outcomes && outcomes->count() > 0 ? outcomes->item(outcomes->count() - 1)->text() : QString();
}

} // namespace

class TestApprovalsQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void overLimitRequest_appearsLiveAndIsApprovedByKeyboard();
    void rejection_showsTheLeadsCommentToTheAgent();
    void ownRequest_cannotBeDecided_andTheButtonSaysWhy();
    void agents_haveNoApprovalsQueue();

private:
    /// The agent proposes an over-limit voucher on kCase; returns its compensation id.
    QString requestOverLimit(UiClient &agent, const QString &amount);

    DemoServer m_server;
};

QString TestApprovalsQueue::requestOverLimit(UiClient &agent, const QString &amount)
{
    Result<CaseActions::Proposal> proposal = agent.context().actions().proposeCompensation(
        kCase, CompensationKind::Voucher, *Money::parse(amount, u"USD"), QStringLiteral("customer waited three days"));
    if (!proposal || proposal->verdict.decision != Verdict::Decision::Approval) {
        qWarning("no approval request: %s", proposal ? qPrintable(proposal->verdict.reasons.join(QLatin1String("; ")))
                                                     : qPrintable(proposal.error().toString()));
        return {};
    }
    return agent.syncUntilIdle() ? proposal->compensationId : QString();
}

void TestApprovalsQueue::overLimitRequest_appearsLiveAndIsApprovedByKeyboard()
{
    UiClient lead;
    QString started = lead.start(QUrl(m_server.baseUrl()), QStringLiteral("lead"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    ApprovalsQueue *queue = lead.window().approvalsQueue();
    QVERIFY(queue);
    QCOMPARE(lead.window().findChild<QTabWidget *>(QStringLiteral("openCases"))->currentWidget(), queue);
    const int before = queue->model()->rowCount();

    UiClient agent;
    started = agent.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = agent.window().openCase(kCase);
    QVERIFY(workspace);
    const QString compensationId = requestOverLimit(agent, QStringLiteral("210.00"));
    QVERIFY(!compensationId.isEmpty());
    QTRY_VERIFY(lastOutcome(workspace).contains(QStringLiteral("waiting for approval")));

    // No refresh, no sync by hand: the poke brings it into the lead's queue.
    QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() == before + 1, 15000);
    QString approvalId;
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        if (queue->model()->index(row, 0).data(ApprovalQueueModel::CompensationIdRole).toString() == compensationId)
            approvalId = queue->model()->approvalId(row);
    QVERIFY(!approvalId.isEmpty());
    QVERIFY(queue->select(approvalId));
    auto *title = queue->findChild<QLabel *>(QStringLiteral("approvalTitle"));
    QVERIFY2(title->text().contains(QStringLiteral("210.00")) && title->text().contains(QStringLiteral("Alejandro")),
             qPrintable(title->text()));
    QVERIFY2(queue->blockedReason().isEmpty(), qPrintable(queue->blockedReason()));
    auto *approve = queue->findChild<QPushButton *>(QStringLiteral("approve"));
    QVERIFY(approve->isEnabled());
    // The keyboard, at the lead's desk: Ctrl+Shift+A approves the request in focus.
    lead.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&lead.window()));
    queue->findChild<QTableView *>(QStringLiteral("approvalsTable"))->setFocus();
    QTest::keyClick(queue->findChild<QTableView *>(QStringLiteral("approvalsTable")), Qt::Key_A,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(lead.syncUntilIdle());
    QTRY_VERIFY(!queue->select(approvalId));

    // The agent's case shows it applied, through the poke.
    QTRY_VERIFY_WITH_TIMEOUT(lastOutcome(workspace).contains(QStringLiteral("applied")), 15000);
}

void TestApprovalsQueue::rejection_showsTheLeadsCommentToTheAgent()
{
    UiClient agent;
    QString started = agent.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = agent.window().openCase(kCase);
    const QString compensationId = requestOverLimit(agent, QStringLiteral("190.00"));
    QVERIFY(!compensationId.isEmpty());

    UiClient lead;
    started = lead.start(QUrl(m_server.baseUrl()), QStringLiteral("lead"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    ApprovalsQueue *queue = lead.window().approvalsQueue();
    QString approvalId;
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        if (queue->model()->index(row, 0).data(ApprovalQueueModel::CompensationIdRole).toString() == compensationId)
            approvalId = queue->model()->approvalId(row);
    QVERIFY(queue->select(approvalId));
    // No comment, no rejection: the agent must read why.
    QVERIFY(!queue->reject());
    QVERIFY(queue->blockedReason().contains(QStringLiteral("Say why")));
    auto *comment = queue->findChild<QPlainTextEdit *>(QStringLiteral("approvalComment"));
    QTest::keyClicks(comment, QStringLiteral("Offer a 40.00 voucher instead: two late parcels this month, not three."));
    QVERIFY(queue->reject());
    QVERIFY(lead.syncUntilIdle());
    QVERIFY(agent.syncUntilIdle());
    QTRY_VERIFY_WITH_TIMEOUT(lastOutcome(workspace).contains(QStringLiteral("rejected: Offer a 40.00 voucher instead")), 15000);
}

void TestApprovalsQueue::ownRequest_cannotBeDecided_andTheButtonSaysWhy()
{
    UiClient lead;
    const QString started = lead.start(QUrl(m_server.baseUrl()), QStringLiteral("lead"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // A lead's own request above their limit waits in the team's queue, which the lead sees: the buttons say why
    // they are off.
    Result<CaseActions::Proposal> proposal = lead.context().actions().proposeCompensation(
        kCase, CompensationKind::Voucher, *Money::parse(u"900.00", u"USD"), QStringLiteral("goodwill"));
    QVERIFY(proposal);
    QCOMPARE(proposal->verdict.decision, Verdict::Decision::Approval);
    QVERIFY(lead.syncUntilIdle());
    ApprovalsQueue *queue = lead.window().approvalsQueue();
    QString approvalId;
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        if (queue->model()->index(row, 0).data(ApprovalQueueModel::CompensationIdRole).toString() == proposal->compensationId)
            approvalId = queue->model()->approvalId(row);
    QVERIFY2(!approvalId.isEmpty(), "the team's pending requests, the lead's own included, are in the lead's queue");
    QVERIFY(queue->select(approvalId));
    QVERIFY(!queue->findChild<QPushButton *>(QStringLiteral("approve"))->isEnabled());
    QVERIFY(!queue->findChild<QPushButton *>(QStringLiteral("reject"))->isEnabled());
    QVERIFY2(queue->blockedReason().contains(QStringLiteral("your own request")), qPrintable(queue->blockedReason()));
    QVERIFY(!queue->approve());
}

void TestApprovalsQueue::agents_haveNoApprovalsQueue()
{
    UiClient agent;
    const QString started = agent.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(!agent.window().approvalsQueue());
}

QTEST_MAIN(TestApprovalsQueue)
#include "tst_approvalsqueue.moc"
