#include "treeguide.h"

#include "caseactions.h"
#include "displaytext.h"
#include "treewalkmodel.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace redress {
namespace {

void clearLayout(QBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide(); // gone from this paint, deleted after the event that may have come from it
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace

TreeGuide::TreeGuide(TreeWalkModel &walk, CaseActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_walk(walk)
    , m_actions(actions)
    , m_breadcrumb(new QWidget(this))
    , m_breadcrumbLayout(new QHBoxLayout(m_breadcrumb))
    , m_question(new QLabel(this))
    , m_answers(new QWidget(this))
    , m_answersLayout(new QVBoxLayout(m_answers))
    , m_outcome(new QGroupBox(tr("Recommended recovery"), this))
    , m_outcomeText(new QLabel(m_outcome))
    , m_use(new QPushButton(QIcon(QStringLiteral(":/icons/resolve.svg")), tr("&Use this recovery"), m_outcome))
    , m_back(new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("Back"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("treeGuide"));
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setAccessibleName(tr("Steps taken"));
    m_breadcrumbLayout->setContentsMargins(0, 0, 0, 0);
    // A long walk must not widen the window: the breadcrumb gives way (its steps have tooltips).
    m_breadcrumb->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.2);
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_answers->setObjectName(QStringLiteral("answers"));
    m_answersLayout->setContentsMargins(0, 0, 0, 0);
    m_answers->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 10px; }")); // once, not per step
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcomeText->setObjectName(QStringLiteral("outcomeText"));
    m_outcomeText->setWordWrap(true);
    m_outcomeText->setTextFormat(Qt::RichText);
    m_use->setObjectName(QStringLiteral("useRecovery"));
    m_use->setAccessibleName(tr("Use this recovery"));
    m_back->setObjectName(QStringLiteral("treeBack"));
    m_back->setToolTip(tr("Back one step (Backspace)"));
    m_back->setAccessibleName(tr("Back one step"));
    m_status->setObjectName(QStringLiteral("treeStatus"));
    m_status->setWordWrap(true);

    auto *outcomeLayout = new QVBoxLayout(m_outcome);
    outcomeLayout->addWidget(m_outcomeText);
    outcomeLayout->addWidget(m_use, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_question);
    layout->addWidget(m_answers);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);

    // Number keys pick answers while the guide (or one of its buttons) has focus; typing elsewhere is untouched.
    for (int number = 1; number <= 9; ++number) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + number), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, number] { chooseNumber(number); });
    }
    auto *back = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &TreeGuide::goBack);
    connect(m_back, &QPushButton::clicked, this, &TreeGuide::goBack);
    connect(m_use, &QPushButton::clicked, this, &TreeGuide::useRecovery);
    connect(&m_walk, &TreeWalkModel::walkChanged, this, &TreeGuide::rebuild);
    setFocusPolicy(Qt::StrongFocus);
    rebuild();
}

void TreeGuide::setCase(const QString &caseId, const QString &treeId, const QStringList &answers)
{
    m_caseId = caseId;
    m_treeId = treeId;
    m_recorded = answers;
    if (treeId.isEmpty()) {
        m_status->setText(tr("No decision tree is cached for this kind of case: handle it with your judgement, "
                             "and the compensation and message tabs."));
        rebuild();
        return;
    }
    Result<void> loaded = m_walk.loadTree(treeId);
    if (loaded)
        loaded = m_walk.loadCaseFacts(caseId);
    if (loaded && !answers.isEmpty())
        (void)m_walk.setAnswers(answers); // the model keeps the longest prefix the tree still allows
    m_status->setText(loaded ? QString() : loaded.error().message);
    rebuild();
}

bool TreeGuide::chooseNumber(int number)
{
    if (!m_walk.hasTree() || m_walk.isComplete())
        return false;
    if (number < 1 || number > m_walk.availableChoices().size())
        return false;
    Result<void> chosen = m_walk.choose(number - 1);
    if (!chosen)
        m_status->setText(chosen.error().message);
    return bool(chosen);
}

void TreeGuide::goBack()
{
    // Back to the last question answered (info and outcome steps have no answer): it is asked again.
    for (int row = m_walk.rowCount() - 1; row >= 0; --row) {
        if (!m_walk.index(row).data(TreeWalkModel::AnswerIdRole).toString().isEmpty()) {
            (void)m_walk.backTo(row);
            return;
        }
    }
}

void TreeGuide::rebuild()
{
    // The answer buttons are rebuilt: keep the keyboard in the guide when it was there.
    const bool hadFocus = hasFocus() || isAncestorOf(QApplication::focusWidget());
    if (hadFocus)
        setFocus(); // off the buttons about to go
    clearLayout(m_breadcrumbLayout);
    clearLayout(m_answersLayout);
    const bool loaded = m_walk.hasTree() && !m_treeId.isEmpty();
    m_back->setEnabled(loaded && m_walk.rowCount() > 0);
    if (!loaded) {
        m_question->setText(m_treeId.isEmpty() ? tr("No guide for this case") : QString());
        m_outcome->hide();
        return;
    }
    auto *start = new QToolButton(m_breadcrumb);
    start->setText(m_walk.tree() ? m_walk.tree()->title() : tr("Start"));
    start->setToolTip(tr("Start again"));
    start->setAutoRaise(true);
    connect(start, &QToolButton::clicked, this, [this] { m_walk.restart(); });
    m_breadcrumbLayout->addWidget(start);
    for (int row = 0; row < m_walk.rowCount(); ++row) {
        const QModelIndex index = m_walk.index(row);
        const QString label = index.data(TreeWalkModel::AnswerLabelRole).toString();
        if (label.isEmpty())
            continue;
        m_breadcrumbLayout->addWidget(new QLabel(QStringLiteral("›"), m_breadcrumb));
        auto *step = new QToolButton(m_breadcrumb);
        step->setObjectName(QStringLiteral("crumb%1").arg(row));
        step->setText(label);
        step->setToolTip(tr("Back to: %1").arg(index.data(TreeWalkModel::TextRole).toString()));
        step->setAutoRaise(true);
        connect(step, &QToolButton::clicked, this, [this, row] { (void)m_walk.backTo(row); });
        m_breadcrumbLayout->addWidget(step);
    }
    m_breadcrumbLayout->addStretch(1);

    if (m_walk.isComplete()) {
        m_question->setText(m_walk.outcomeTitle());
        m_outcomeText->setText(recoveryText(m_walk.recovery()));
        m_outcome->show();
        if (hadFocus)
            m_use->setFocus();
        return;
    }
    m_outcome->hide();
    m_question->setText(m_walk.questionText());
    const QList<TreeWalkModel::Choice> choices = m_walk.availableChoices();
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new QPushButton(m_answers);
        button->setObjectName(QStringLiteral("answer_%1").arg(choices.at(i).id));
        button->setText(i < 9 ? tr("%1   %2").arg(i + 1).arg(choices.at(i).label) : choices.at(i).label);
        button->setAccessibleName(choices.at(i).label);
        connect(button, &QPushButton::clicked, this, [this, i] { chooseNumber(i + 1); });
        m_answersLayout->addWidget(button);
    }
    if (choices.isEmpty())
        m_answersLayout->addWidget(new QLabel(tr("No answer fits this case's facts: check the facts, or go back."), m_answers));
    if (hadFocus)
        setFocus();
}

QString TreeGuide::recoveryText(const TreeRecovery &recovery)
{
    QStringList kinds;
    for (CompensationKind kind : recovery.kinds)
        kinds.append(DisplayText::compensationKind(compensationKindId(kind)));
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(kinds.join(tr(" or ")).toHtmlEscaped());
    if (recovery.suggested) {
        text += QStringLiteral("<p>%1</p>").arg(tr("Suggested %1 (from %2 to %3)")
                                                    .arg(DisplayText::money(*recovery.suggested),
                                                         recovery.minimum->toDecimalString(),
                                                         recovery.maximum->toDecimalString())
                                                    .toHtmlEscaped());
    }
    if (!recovery.templateId.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(tr("Message: %1").arg(DisplayText::fromId(recovery.templateId)).toHtmlEscaped());
    if (!recovery.rootCause.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(tr("Root cause: %1").arg(DisplayText::fromId(recovery.rootCause)).toHtmlEscaped());
    if (!recovery.note.isEmpty())
        text += QStringLiteral("<p><i>%1</i></p>").arg(recovery.note.toHtmlEscaped());
    return text;
}

void TreeGuide::useRecovery()
{
    if (!m_walk.isComplete())
        return;
    if (!record())
        return;
    m_status->setText(tr("Path recorded on the case."));
    Q_EMIT recoveryChosen(m_walk.recovery());
}

bool TreeGuide::recordProgress()
{
    if (!m_walk.hasTree() || m_walk.answers().isEmpty() || m_walk.answers() == m_recorded)
        return true;
    return record();
}

bool TreeGuide::record()
{
    Result<TreeWalk> recorded = m_actions.recordTreePath(m_caseId, m_treeId, m_walk.answers());
    if (!recorded) {
        m_status->setText(recorded.error().message);
        Q_EMIT failed(recorded.error().message);
        return false;
    }
    m_recorded = m_walk.answers();
    return true;
}

} // namespace redress
