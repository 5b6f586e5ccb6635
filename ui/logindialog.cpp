#include "logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace redress {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Redress"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("https://redress.example.com"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signIn"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Your session is kept in the system keychain, so you sign in once per shift."), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void LoginDialog::setServerUrl(const QString &url)
{
    m_server->setText(url);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setServerFixed(bool fixed)
{
    m_server->setReadOnly(fixed);
}

QString LoginDialog::serverUrl() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::setBusy(bool busy)
{
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_error->hide();
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void LoginDialog::submit()
{
    const QUrl url(serverUrl());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_error->setText(tr("The server address must look like https://redress.example.com."));
        m_error->show();
        m_server->setFocus();
        return;
    }
    if (username().isEmpty() || password().isEmpty()) {
        m_error->setText(tr("Type your username and password."));
        m_error->show();
        (username().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    setBusy(true);
    Q_EMIT signInRequested();
}

} // namespace redress
