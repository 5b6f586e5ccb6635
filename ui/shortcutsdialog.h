#pragma once

#include <QDialog>

class QAction;

namespace redress {

/// Help ▸ Shortcuts: every action of the window that has a key, read from the actions themselves so the list is
/// never out of date, plus the keys that work inside a panel (the guide's number keys, Ctrl+Enter for a note).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString keys;
        QString action;
    };

    explicit ShortcutsDialog(const QList<Entry> &rows, QWidget *parent = nullptr);

    /// The rows as shown (for tests and the docs).
    static QList<Entry> entries(const QList<QAction *> &actions, const QList<Entry> &panelKeys);
};

} // namespace redress
