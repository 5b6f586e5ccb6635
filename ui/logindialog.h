#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace redress {

/// Signing in: server, username and password. The dialog only collects them and shows how it went; the session
/// (and the keychain that remembers it) belongs to the model layer.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    void setUsername(const QString &username);
    /// Demo and sandbox profiles choose their own server: the field is shown but cannot be changed.
    void setServerFixed(bool fixed);
    QString serverUrl() const;
    QString username() const;
    QString password() const;

    /// While the server is asked, the form is disabled so a second click does not sign in twice.
    void setBusy(bool busy);
    /// Shows why signing in failed and clears the password, keeping the rest.
    void showError(const QString &message);
    void setNotice(const QString &message);

Q_SIGNALS:
    void signInRequested();

private:
    void submit();

    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
};

} // namespace redress
