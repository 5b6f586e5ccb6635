#include "mainwindow.h"

#include "cachenotifier.h"
#include "approvalqueuemodel.h"
#include "approvalsqueue.h"
#include "budgetview.h"
#include "dashboardview.h"
#include "reportservice.h"
#include "caselistmodel.h"
#include "role.h"
#include "casereader.h"
#include "caseworkspace.h"
#include "clientcontext.h"
#include "outboxmodel.h"
#include "searchmodel.h"
#include "searchresultdelegate.h"
#include "sessionmanager.h"
#include "syncengine.h"
#include "decisiontree.h"
#include "displaytext.h"
#include "profile.h"
#include "syncstatusbar.h"
#include "scorereport.h"
#include "trainingbanner.h"
#include "trainingpanel.h"
#include "trainingrunbar.h"
#include "trainingservice.h"
#include "treeguide.h"
#include "treewalkmodel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace redress {
namespace {

constexpr int kRecentLimit = 20;
constexpr int kCaseIdRole = Qt::UserRole + 1;

QLabel *banner(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

MainWindow::MainWindow(ClientContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_search(new SearchModel(context.database(), context.notifier(), this))
    , m_queue(new CaseListModel(context.database(), context.notifier(), this))
    , m_customerCases(new CaseListModel(context.database(), context.notifier(), this))
    , m_recent(new QStandardItemModel(this))
    , m_outbox(new OutboxModel(context.database(), context.notifier(), this))
    , m_searchEdit(new QLineEdit(this))
    , m_lists(new QTabWidget(this))
    , m_results(new QListView(this))
    , m_queueView(nullptr)
    , m_customerView(nullptr)
    , m_recentView(new QListView(this))
    , m_cases(new QTabWidget(this))
    , m_offlineBanner(banner(QStringLiteral("offlineBanner"),
                             QStringLiteral("QLabel { background: #eceff1; color: #263238; border-bottom: 2px solid #c62828;"
                                            " padding: 6px 10px; font-weight: bold; }"),
                             this))
    , m_attentionBanner(banner(QStringLiteral("attentionBanner"),
                               QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; padding: 6px 10px; }"), this))
    , m_message(new QLabel(this))
    , m_status(new SyncStatusBar(context.sync(), context.session(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setStatusBar(m_status);
    m_status->addWidget(m_message, 1);
    m_message->setObjectName(QStringLiteral("statusMessage"));

    buildLists();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_searchEdit);
    leftLayout->addWidget(m_lists, 1);

    m_cases->setObjectName(QStringLiteral("openCases"));
    m_cases->setTabsClosable(true);
    m_cases->setMovable(true);
    m_cases->setDocumentMode(true);
    connect(m_cases, &QTabWidget::tabCloseRequested, this, &MainWindow::closeCase);

    // Until a case is open, the right side says how to open one.
    auto *welcome = new QLabel(tr("<h3>No case open</h3><p>Open one from <b>My queue</b> (Ctrl+Shift+Q) or find a "
                                  "customer, case or note (Ctrl+F) and press Enter.</p><p>Help ▸ Keyboard shortcuts "
                                  "(F1) lists every key.</p>"),
                               this);
    welcome->setObjectName(QStringLiteral("welcome"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    auto *right = new QStackedWidget(this);
    right->addWidget(welcome);
    right->addWidget(m_cases);
    auto showCases = [this, right] { right->setCurrentIndex(m_cases->count() > 0 ? 1 : 0); };
    connect(m_cases, &QTabWidget::currentChanged, this, showCases);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 920});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_attentionBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *outboxDock = new QDockWidget(tr("Outbox"), this);
    outboxDock->setObjectName(QStringLiteral("outboxDock"));
    auto *outboxView = new QTableView(outboxDock);
    outboxView->setObjectName(QStringLiteral("outboxView"));
    outboxView->setAccessibleName(tr("Actions and their answers from the server"));
    outboxView->setModel(m_outbox);
    outboxView->verticalHeader()->hide();
    outboxView->horizontalHeader()->setStretchLastSection(true);
    outboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    outboxDock->setWidget(outboxView);
    addDockWidget(Qt::BottomDockWidgetArea, outboxDock);
    outboxDock->hide();

    buildMenus();
    QAction *toggleOutbox = outboxDock->toggleViewAction();
    toggleOutbox->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    toggleOutbox->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_viewMenu->addAction(toggleOutbox);
    m_actions.append(toggleOutbox);

    connect(&context.sync(), &SyncEngine::stateChanged, this, &MainWindow::refreshBanners);
    connect(&context.sync(), &SyncEngine::pendingCountChanged, this, &MainWindow::refreshBanners);
    connect(&context.sync(), &SyncEngine::attentionNeeded, this, &MainWindow::refreshBanners);
    connect(context.notifier(), &CacheNotifier::outboxChanged, this, &MainWindow::refreshBanners);
    connect(&context.session(), &SessionManager::signedIn, this, [this](const QJsonObject &user) {
        showQueueOf(user);
        loadRecent();
    });
    // Before the session is back (or without a network), the queue is the cached user's, never everyone's.
    Result<QJsonObject> cachedUser = context.reader().signedInUser();
    showQueueOf(context.session().isSignedIn() ? context.session().user() : (cachedUser ? *cachedUser : QJsonObject()));
    addApprovalsQueue();
    setWindowTitle(tr("Redress — %1").arg(context.profile().name()));
    // A sandbox profile always; any other when its server says it is a sandbox (known after the first bootstrap).
    if (context.profile().kind() == Profile::Kind::Sandbox || context.reader().serverIsSandbox())
        addTraining();
    connect(context.notifier(), &CacheNotifier::documentsChanged, this, [this] {
        if (!m_trainingBanner && m_context.reader().serverIsSandbox())
            addTraining();
    });
    loadRecent();
    refreshBanners();
    resize(1280, 800);
    m_searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLists()
{
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search customers, cases and notes"));
    m_searchEdit->setPlaceholderText(tr("Search name, e-mail, phone, case or reference (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::searchChanged);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_search->rowCount() > 0)
            activateSearchResult(m_search->index(0));
    });
    m_searchEdit->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_search);
    m_results->setUniformItemSizes(true);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    connect(m_results, &QListView::activated, this, &MainWindow::activateSearchResult);

    m_queueView = makeCaseTable(m_queue, QStringLiteral("myQueue"), tr("My queue"));
    m_customerView = makeCaseTable(m_customerCases, QStringLiteral("customerCases"), tr("The customer's cases"));
    m_recentView->setObjectName(QStringLiteral("recentCases"));
    m_recentView->setAccessibleName(tr("Recent cases"));
    m_recentView->setModel(m_recent);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_recentView, &QListView::activated, this,
            [this](const QModelIndex &index) { openCase(index.data(kCaseIdRole).toString()); });

    m_lists->setObjectName(QStringLiteral("lists"));
    m_lists->addTab(m_results, QIcon(QStringLiteral(":/icons/search.svg")), tr("Results"));
    m_lists->addTab(m_queueView, QIcon(QStringLiteral(":/icons/queue.svg")), tr("My queue"));
    m_lists->addTab(m_recentView, QIcon(QStringLiteral(":/icons/recent.svg")), tr("Recent"));
    m_lists->addTab(m_customerView, QIcon(QStringLiteral(":/icons/customer.svg")), tr("Customer"));
    m_lists->setCurrentWidget(m_queueView);
}

QTableView *MainWindow::makeCaseTable(CaseListModel *model, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    // Fixed row heights and no ResizeToContents: a queue can hold many thousand rows (CONVENTIONS.md).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnHidden(CaseListModel::CategoryColumn, true);
    view->setColumnHidden(CaseListModel::UpdatedColumn, true);
    view->setColumnWidth(CaseListModel::IdColumn, 90);
    view->setColumnWidth(CaseListModel::CustomerColumn, 120);
    connect(view, &QTableView::activated, this,
            [this, model](const QModelIndex &index) { openCase(model->caseId(index.row())); });
    return view;
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QString &icon, const QKeySequence &key, auto slot) {
        QAction *action = menu->addAction(icon.isEmpty() ? QIcon() : QIcon(icon), text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&Sync now"), QStringLiteral(":/icons/sync.svg"), QKeySequence(Qt::Key_F5), [this] { m_context.sync().syncNow(); });
    file->addSeparator();
    add(file, tr("Sign &out"), QStringLiteral(":/icons/signout.svg"), QKeySequence(tr("Ctrl+Shift+L")),
        [this] { Q_EMIT signOutRequested(); });
    add(file, tr("&Quit"), QString(), QKeySequence(tr("Ctrl+Q")), [this] { close(); });

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    add(caseMenu, tr("&Find customer or case"), QStringLiteral(":/icons/search.svg"), QKeySequence(tr("Ctrl+F")), [this] {
        m_lists->setCurrentWidget(m_results);
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    auto step = [this](CaseWorkspace::Step which) {
        return [this, which] {
            if (CaseWorkspace *workspace = currentWorkspace())
                workspace->showStep(which);
        };
    };
    caseMenu->addSeparator();
    add(caseMenu, tr("Decision &guide"), QStringLiteral(":/icons/guide.svg"), QKeySequence(tr("Ctrl+1")), step(CaseWorkspace::Step::Guide));
    add(caseMenu, tr("&Compensation"), QStringLiteral(":/icons/compensation.svg"), QKeySequence(tr("Ctrl+2")),
        step(CaseWorkspace::Step::Compensation));
    add(caseMenu, tr("&Message"), QStringLiteral(":/icons/message.svg"), QKeySequence(tr("Ctrl+3")), step(CaseWorkspace::Step::Message));
    add(caseMenu, tr("&Resolve"), QStringLiteral(":/icons/resolve.svg"), QKeySequence(tr("Ctrl+4")), step(CaseWorkspace::Step::Resolution));
    add(caseMenu, tr("New &note"), QStringLiteral(":/icons/note.svg"), QKeySequence(tr("Ctrl+N")), [this] {
        if (CaseWorkspace *workspace = currentWorkspace())
            workspace->focusNote();
    });
    caseMenu->addSeparator();
    add(caseMenu, tr("Next open case"), QString(), QKeySequence(tr("Ctrl+PgDown")), [this] {
        if (m_cases->count() > 1)
            m_cases->setCurrentIndex((m_cases->currentIndex() + 1) % m_cases->count());
    });
    add(caseMenu, tr("Previous open case"), QString(), QKeySequence(tr("Ctrl+PgUp")), [this] {
        if (m_cases->count() > 1)
            m_cases->setCurrentIndex((m_cases->currentIndex() + m_cases->count() - 1) % m_cases->count());
    });
    add(caseMenu, tr("&Close case tab"), QString(), QKeySequence(tr("Ctrl+W")), [this] {
        if (m_cases->count() > 0)
            closeCase(m_cases->currentIndex());
    });

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    add(view, tr("My &queue"), QStringLiteral(":/icons/queue.svg"), QKeySequence(tr("Ctrl+Shift+Q")), [this] {
        m_lists->setCurrentWidget(m_queueView);
        m_queueView->setFocus();
    });
    add(view, tr("&Recent cases"), QStringLiteral(":/icons/recent.svg"), QKeySequence(tr("Ctrl+Shift+R")), [this] {
        m_lists->setCurrentWidget(m_recentView);
        m_recentView->setFocus();
    });
    add(view, tr("Search &results"), QStringLiteral(":/icons/search.svg"), QKeySequence(tr("Ctrl+Shift+F")), [this] {
        m_lists->setCurrentWidget(m_results);
        m_results->setFocus();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard shortcuts"), QStringLiteral(":/icons/shortcuts.svg"), QKeySequence(tr("F1")), [this] { showShortcuts(); });
    add(help, tr("&About Redress"), QStringLiteral(":/icons/help.svg"), QKeySequence(), [this] { showAbout(); });
}

QList<ShortcutsDialog::Entry> MainWindow::shortcutEntries() const
{
    // Written as the actions' keys are (QKeySequence::NativeText), so the list reads alike in every language.
    const auto key = [](const QString &portable) { return QKeySequence(portable).toString(QKeySequence::NativeText); };
    const QList<ShortcutsDialog::Entry> panelKeys{
        {key(QStringLiteral("Down")), tr("Search: from the search box to the results")},
        {key(QStringLiteral("Enter")), tr("Search: open the first (or selected) result")},
        {tr("1 … 9"), tr("Guide: pick that answer")},
        {key(QStringLiteral("Backspace")), tr("Guide: back one step")},
        {key(QStringLiteral("Alt+U")), tr("Guide: use the recommended recovery")},
        {key(QStringLiteral("Ctrl+Enter")), tr("Note: add it to the case")},
        {key(QStringLiteral("Ctrl+Shift+P")), tr("Compensation: propose")},
        {key(QStringLiteral("Ctrl+Shift+C")), tr("Message: copy to the clipboard")},
        {key(QStringLiteral("Ctrl+Shift+S")), tr("Message: send")},
        {key(QStringLiteral("Ctrl+Shift+D")), tr("Resolve the case")},
    };
    return ShortcutsDialog::entries(m_actions, panelKeys);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutEntries(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Redress"),
                       tr("<b>Redress %1</b><br>Service-recovery workstation: find the case, walk the guide, grant what "
                          "your limits allow, send the message — online or not.")
                           .arg(QApplication::applicationVersion()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_search->rowCount() > 0) {
            m_lists->setCurrentWidget(m_results);
            m_results->setFocus();
            m_results->setCurrentIndex(m_search->index(0));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::searchChanged(const QString &text)
{
    m_search->setQuery(text);
    if (!text.trimmed().isEmpty())
        m_lists->setCurrentWidget(m_results);
}

void MainWindow::activateSearchResult(const QModelIndex &index)
{
    const QString kind = index.data(SearchModel::KindRole).toString();
    if (kind == QLatin1String("customer")) {
        showCustomerCases(index.data(SearchModel::CustomerIdRole).toString(), index.data(SearchModel::CustomerNameRole).toString());
        return;
    }
    openCase(index.data(SearchModel::CaseIdRole).toString());
}

void MainWindow::showCustomerCases(const QString &customerId, const QString &name)
{
    CaseListModel::Filter filter;
    filter.customerId = customerId;
    m_customerCases->setFilter(filter);
    m_lists->setTabText(m_lists->indexOf(m_customerView), name.isEmpty() ? tr("Customer") : name);
    m_lists->setCurrentWidget(m_customerView);
    m_customerView->setFocus();
    if (m_customerCases->rowCount() > 0)
        m_customerView->selectRow(0);
}

CaseWorkspace *MainWindow::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return nullptr;
    if (CaseWorkspace *open = workspaceOf(caseId)) {
        m_cases->setCurrentWidget(open);
        return open;
    }
    auto *workspace = new CaseWorkspace(m_context, caseId, m_cases);
    const int tab = m_cases->addTab(workspace, QIcon(QStringLiteral(":/icons/case.svg")), workspace->title());
    m_cases->setTabToolTip(tab, caseId);
    m_cases->setCurrentIndex(tab);
    connect(workspace, &CaseWorkspace::titleChanged, this, [this, workspace](const QString &title) {
        m_cases->setTabText(m_cases->indexOf(workspace), title);
    });
    connect(workspace, &CaseWorkspace::message, this, [this](const QString &text) { m_message->setText(text); });
    rememberRecent(caseId, workspace->title());
    workspace->showStep(CaseWorkspace::Step::Guide);
    return workspace;
}

CaseWorkspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<CaseWorkspace *>(m_cases->currentWidget());
}

CaseWorkspace *MainWindow::workspaceOf(const QString &caseId) const
{
    for (int tab = 0; tab < m_cases->count(); ++tab) {
        auto *workspace = qobject_cast<CaseWorkspace *>(m_cases->widget(tab));
        if (workspace && workspace->caseId() == caseId)
            return workspace;
    }
    return nullptr;
}

void MainWindow::closeAllCases()
{
    for (int tab = m_cases->count() - 1; tab >= 0; --tab)
        closeCase(tab);
}

void MainWindow::addApprovalsQueue()
{
    // Leads and above (and their delegates) decide approvals: their queue is the first tab, always open.
    const QString role = m_context.session().user().value(QLatin1String("role")).toString();
    const std::optional<Role> known = roleFromId(role);
    if (!known || approvalRank(*known) < approvalRank(Role::Lead))
        return;
    m_approvals = new ApprovalsQueue(m_context, m_cases);
    const int tab = m_cases->insertTab(0, m_approvals, QIcon(QStringLiteral(":/icons/approvals.svg")), tr("Approvals"));
    m_cases->tabBar()->setTabButton(tab, QTabBar::RightSide, nullptr);
    m_cases->tabBar()->setTabButton(tab, QTabBar::LeftSide, nullptr);
    m_cases->setCurrentIndex(tab);
    connect(m_approvals, &ApprovalsQueue::openCaseRequested, this, [this](const QString &caseId) { openCase(caseId); });
    connect(m_approvals, &ApprovalsQueue::message, this, [this](const QString &text) { m_message->setText(text); });
    const auto count = [this](int pending) {
        m_cases->setTabText(m_cases->indexOf(m_approvals), pending > 0 ? tr("Approvals (%1)").arg(pending) : tr("Approvals"));
    };
    connect(m_approvals, &ApprovalsQueue::countChanged, this, count);
    count(m_approvals->model()->rowCount());
    // The dashboards: figures from the server (computed in SQL), so they need the network; loaded when first shown.
    m_reports = new ReportService(m_context.client(), this);
    m_dashboards = new DashboardView(*m_reports, m_cases);
    const int dashboardTab = m_cases->insertTab(1, m_dashboards, QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboards"));
    m_cases->tabBar()->setTabButton(dashboardTab, QTabBar::RightSide, nullptr);
    m_cases->tabBar()->setTabButton(dashboardTab, QTabBar::LeftSide, nullptr);
    connect(m_cases, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_cases->widget(index) == m_dashboards && !m_dashboards->report())
            m_dashboards->refresh();
    });
    // The team's goodwill budget: asked of the server when shown, and again whenever the cache says money moved.
    m_budget = new BudgetView(m_context, m_cases);
    const int budgetTab = m_cases->insertTab(2, m_budget, QIcon(QStringLiteral(":/icons/budget.svg")), tr("Budget"));
    m_cases->tabBar()->setTabButton(budgetTab, QTabBar::RightSide, nullptr);
    m_cases->tabBar()->setTabButton(budgetTab, QTabBar::LeftSide, nullptr);

    QAction *dashboards = m_viewMenu->addAction(QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("&Dashboards"));
    dashboards->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    connect(dashboards, &QAction::triggered, this, [this] { m_cases->setCurrentWidget(m_dashboards); });
    m_actions.append(dashboards);

    QAction *budget = m_viewMenu->addAction(QIcon(QStringLiteral(":/icons/budget.svg")), tr("&Budget"));
    budget->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    connect(budget, &QAction::triggered, this, [this] { m_cases->setCurrentWidget(m_budget); });
    m_actions.append(budget);

    QAction *show = m_viewMenu->addAction(QIcon(QStringLiteral(":/icons/approvals.svg")), tr("&Approvals queue"));
    show->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    connect(show, &QAction::triggered, this, [this] {
        m_cases->setCurrentWidget(m_approvals);
        m_approvals->next();
    });
    m_actions.append(show);
}

void MainWindow::addTraining()
{
    const QString user = m_context.session().user().value(QLatin1String("id")).toString();
    const bool trainer = m_context.session().user().value(QLatin1String("role")).toString() == QLatin1String("trainer");
    m_trainingBanner = new TrainingBanner(m_context.profile().serverUrl().host(), this);
    m_runBar = new TrainingRunBar(this);
    auto *central = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    central->insertWidget(0, m_trainingBanner);
    central->insertWidget(1, m_runBar);
    setWindowTitle(tr("TRAINING — Redress — %1").arg(m_context.profile().name()));

    m_training = new TrainingService(m_context, this);
    m_trainingPanel = new TrainingPanel(*m_training, user, trainer, m_cases);
    const int tab = m_cases->insertTab(0, m_trainingPanel, QIcon(QStringLiteral(":/icons/training.svg")), tr("Training"));
    m_cases->tabBar()->setTabButton(tab, QTabBar::RightSide, nullptr);
    m_cases->tabBar()->setTabButton(tab, QTabBar::LeftSide, nullptr);
    m_cases->setCurrentIndex(tab);

    connect(m_training, &TrainingService::runStarted, this, &MainWindow::startTrainingRun);
    connect(m_trainingPanel, &TrainingPanel::openRunFound, this, [this](const TrainingRun &run) {
        if (!m_runBar->run())
            startTrainingRun(run);
    });
    connect(m_trainingPanel, &TrainingPanel::scoreRequested, this, &MainWindow::showScore);
    connect(m_trainingPanel, &TrainingPanel::message, m_message, &QLabel::setText);
    connect(m_runBar, &TrainingRunBar::openCaseRequested, this, &MainWindow::openCase);
    connect(m_runBar, &TrainingRunBar::finishRequested, this, [this](const QString &runId) {
        // A walk left before its outcome is still what the trainee did: put it on the case so the score sees it.
        if (CaseWorkspace *workspace = m_runBar->run() ? workspaceOf(m_runBar->run()->caseId) : nullptr)
            workspace->guide()->recordProgress();
        m_message->setText(tr("Sending your last steps and scoring the run…"));
        m_training->finishRun(runId);
    });
    connect(m_training, &TrainingService::busyChanged, m_runBar, &TrainingRunBar::setBusy);
    connect(m_training, &TrainingService::runFinished, this, [this](const TrainingRun &run) {
        m_runBar->clear();
        showScore(run);
        m_message->setText(run.score && run.score->passed ? tr("Run scored: passed.") : tr("Run scored."));
    });
    connect(m_training, &TrainingService::failed, this, [this](const QString &text) {
        m_message->setText(text);
        if (qEnvironmentVariableIsEmpty("REDRESS_NO_DIALOGS") && isVisible())
            QMessageBox::warning(this, tr("Training"), text);
    });
    // The list is the server's word on the run under way: gone (a reset on another desk) clears the bar, scored
    // (the finish answer was lost on the way) shows the score.
    connect(m_training, &TrainingService::runsReady, this, [this](const QList<TrainingRun> &runs) {
        const TrainingRun *current = m_runBar->run();
        if (!current)
            return;
        const auto found = std::find_if(runs.cbegin(), runs.cend(), [current](const TrainingRun &run) { return run.id == current->id; });
        if (found == runs.cend()) {
            m_runBar->clear();
            m_message->setText(tr("The run under way is no longer in the sandbox (it was reset)."));
        } else if (found->score) {
            m_runBar->clear();
            showScore(*found);
        }
    });
    // A full resync (the sandbox was reset) may have taken the run's case away: ask for the runs again.
    connect(m_context.notifier(), &CacheNotifier::reset, m_trainingPanel, &TrainingPanel::refresh);
    connect(m_training, &TrainingService::sandboxReset, this, [this] {
        // The cases runs made are gone from the sandbox; their tabs and the run would point at nothing.
        m_runBar->clear();
        closeAllCases();
    });

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), training);
    QAction *scenarios = training->addAction(QIcon(QStringLiteral(":/icons/training.svg")), tr("&Scenarios and results"));
    scenarios->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    connect(scenarios, &QAction::triggered, this, [this] {
        m_cases->setCurrentWidget(m_trainingPanel);
        m_trainingPanel->scenarioView()->setFocus();
    });
    QAction *finish = training->addAction(QIcon(QStringLiteral(":/icons/resolve.svg")), tr("&Finish and score the run"));
    finish->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(finish, &QAction::triggered, this, [this] {
        if (const TrainingRun *run = m_runBar->run(); run && !m_training->isBusy())
            Q_EMIT m_runBar->finishRequested(run->id);
    });
    m_actions.append({scenarios, finish});
    m_trainingPanel->refresh();
}

void MainWindow::startTrainingRun(const TrainingRun &run)
{
    const ScenarioBrief *brief = m_trainingPanel->brief(run.scenarioId);
    m_runBar->setRun(run, brief ? brief->briefing : QString(), brief ? brief->targetSeconds : 0);
    openCase(run.caseId);
    m_message->setText(tr("Scenario started: work the case, then Training ▸ Finish and score the run (Ctrl+Shift+E)."));
}

ScoreReport *MainWindow::showScore(const TrainingRun &run)
{
    // Questions and answers read as the guide words them, when the run's case and tree are still cached.
    std::shared_ptr<TreeWalkModel> tree = std::make_shared<TreeWalkModel>(m_context.database(), nullptr);
    if (Result<CaseSummary> summary = m_context.reader().readCase(run.caseId); summary && !summary->treeId.isEmpty())
        (void)tree->loadTree(summary->treeId);
    const auto labels = [tree](const QString &questionId, const QString &choiceId) -> QString {
        const DecisionTree *walked = tree->tree();
        const int node = walked ? walked->indexOf(questionId) : -1;
        if (node < 0)
            return DisplayText::fromId(choiceId.isEmpty() ? questionId : choiceId);
        const DecisionTree::Node &question = walked->nodes().at(node);
        if (choiceId.isEmpty())
            return question.text;
        for (const DecisionTree::Choice &choice : question.choices)
            if (choice.id == choiceId)
                return choice.label;
        return DisplayText::fromId(choiceId);
    };
    auto *report = new ScoreReport(run, labels, m_cases);
    const int tab = m_cases->addTab(report, QIcon(QStringLiteral(":/icons/training.svg")), tr("Score · %1").arg(run.scenarioTitle));
    m_cases->setTabToolTip(tab, run.scenarioTitle);
    m_cases->setCurrentIndex(tab);
    return report;
}

void MainWindow::closeCase(int tab)
{
    if (m_cases->widget(tab) == m_approvals || m_cases->widget(tab) == m_dashboards || m_cases->widget(tab) == m_budget
        || m_cases->widget(tab) == m_trainingPanel)
        return; // the lead's and the trainee's own tabs stay
    QWidget *workspace = m_cases->widget(tab);
    m_cases->removeTab(tab);
    delete workspace;
}

QString MainWindow::settingsKey() const
{
    // Per profile and user: a trainee's sandbox cases never show among a live agent's recent ones.
    return QStringLiteral("recent/%1/%2")
        .arg(m_context.profile().name(), m_context.session().user().value(QLatin1String("username")).toString());
}

void MainWindow::showQueueOf(const QJsonObject &user)
{
    CaseListModel::Filter filter;
    filter.assigneeId = user.value(QLatin1String("id")).toString();
    if (filter.assigneeId.isEmpty())
        filter.assigneeId = QStringLiteral("-"); // nobody: no user known, no cases shown
    filter.openOnly = true;
    m_queue->setFilter(filter);
}

QStandardItem *MainWindow::recentItem(const QString &caseId, const QString &title) const
{
    auto *item = new QStandardItem(QIcon(QStringLiteral(":/icons/case.svg")), tr("%1 · %2").arg(caseId, title));
    item->setData(caseId, kCaseIdRole);
    return item;
}

void MainWindow::rememberRecent(const QString &caseId, const QString &title)
{
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        if (m_recent->item(row)->data(kCaseIdRole).toString() == caseId) {
            m_recent->removeRow(row);
            break;
        }
    }
    m_recent->insertRow(0, recentItem(caseId, title));
    while (m_recent->rowCount() > kRecentLimit)
        m_recent->removeRow(m_recent->rowCount() - 1);
    QStringList ids;
    for (int row = 0; row < m_recent->rowCount(); ++row)
        ids.append(m_recent->item(row)->data(kCaseIdRole).toString());
    QSettings().setValue(settingsKey(), ids);
}

void MainWindow::loadRecent()
{
    m_recent->clear();
    for (const QString &caseId : QSettings().value(settingsKey()).toStringList()) {
        Result<CaseSummary> summary = m_context.reader().readCase(caseId);
        if (!summary)
            continue; // no longer in this user's cache
        m_recent->appendRow(recentItem(caseId, summary->title));
    }
}

void MainWindow::refreshBanners()
{
    const SyncEngine &sync = m_context.sync();
    const bool offline = sync.state() == SyncEngine::State::Offline;
    m_offlineBanner->setVisible(offline);
    if (offline) {
        m_offlineBanner->setText(tr("Offline — keep working. What you do is kept here and sent when the server is back "
                                    "(waiting: %1).")
                                     .arg(sync.pendingCount()));
        m_offlineBanner->setToolTip(sync.lastError());
    }
    int attention = 0;
    for (int row = 0; row < m_outbox->rowCount(); ++row)
        attention += m_outbox->index(row, 0).data(OutboxModel::AttentionRole).toBool() ? 1 : 0;
    m_attentionBanner->setVisible(attention > 0);
    m_attentionBanner->setText(tr("Answers from the server that need your attention: %1. See View ▸ Outbox (Ctrl+Shift+O).")
                                   .arg(attention));
}

} // namespace redress
