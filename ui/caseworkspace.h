#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace redress {

class ClientContext;
class CompensationPanel;
class CustomerHeader;
class ResolutionPanel;
class TemplateComposer;
class TemplateListModel;
class TimelineModel;
class TreeGuide;
class TreeWalkModel;
struct TreeRecovery;

/// One open case: the customer header, the timeline with a note editor, and the four steps of a recovery as tabs
/// — guide, compensation, message, resolution. A recovery chosen in the guide pre-fills the compensation, picks the
/// template and suggests the root cause.
class CaseWorkspace final : public QWidget
{
    Q_OBJECT

public:
    CaseWorkspace(ClientContext &context, const QString &caseId, QWidget *parent = nullptr);
    ~CaseWorkspace() override;

    QString caseId() const { return m_caseId; }
    QString title() const { return m_title; }
    TreeGuide *guide() const { return m_guide; }
    CompensationPanel *compensation() const { return m_compensation; }
    TemplateComposer *composer() const { return m_composer; }
    ResolutionPanel *resolution() const { return m_resolution; }
    QString headerWarning() const;

    enum class Step { Guide, Compensation, Message, Resolution };
    void showStep(Step step);
    void focusNote();
    bool addNote();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void message(const QString &text);

private:
    void reload();
    void recoveryChosen(const TreeRecovery &recovery);

    ClientContext &m_context;
    QString m_caseId;
    QString m_title;
    QString m_status;
    TimelineModel *m_timeline;
    TreeWalkModel *m_walk;
    TemplateListModel *m_templates;
    CustomerHeader *m_header;
    QListView *m_timelineView;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    QTabWidget *m_steps;
    TreeGuide *m_guide;
    CompensationPanel *m_compensation;
    TemplateComposer *m_composer;
    ResolutionPanel *m_resolution;
    QLabel *m_error;
    bool m_loaded = false;
};

} // namespace redress
