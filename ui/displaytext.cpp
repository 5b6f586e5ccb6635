#include "displaytext.h"

#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace redress::DisplayText {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::DisplayText", text);
}

} // namespace

QString fromId(const QString &id)
{
    QString text = id;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString tier(const QString &tierId)
{
    if (tierId == QLatin1String("standard"))
        return tr("Standard");
    if (tierId == QLatin1String("silver"))
        return tr("Silver");
    if (tierId == QLatin1String("gold"))
        return tr("Gold");
    if (tierId == QLatin1String("platinum"))
        return tr("Platinum");
    return fromId(tierId);
}

QString compensationKind(const QString &kindId)
{
    if (kindId == QLatin1String("refund"))
        return tr("Refund");
    if (kindId == QLatin1String("voucher"))
        return tr("Voucher");
    if (kindId == QLatin1String("points"))
        return tr("Loyalty points");
    if (kindId == QLatin1String("upgrade"))
        return tr("Upgrade");
    if (kindId == QLatin1String("fee_waiver"))
        return tr("Fee waiver");
    if (kindId == QLatin1String("gesture"))
        return tr("Personal gesture");
    return fromId(kindId);
}

QString caseStatus(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return fromId(status);
}

QString compensationState(const QString &state)
{
    if (state == QLatin1String("applied"))
        return tr("applied");
    if (state == QLatin1String("pending_approval"))
        return tr("waiting for approval");
    if (state == QLatin1String("rejected"))
        return tr("rejected");
    return fromId(state);
}

QString channel(const QString &channelId)
{
    if (channelId == QLatin1String("email"))
        return tr("Email");
    if (channelId == QLatin1String("sms"))
        return tr("SMS");
    if (channelId == QLatin1String("chat"))
        return tr("Chat");
    if (channelId == QLatin1String("phone"))
        return tr("Phone");
    if (channelId == QLatin1String("counter"))
        return tr("Counter");
    return fromId(channelId);
}

QString role(const QString &roleId)
{
    if (roleId == QLatin1String("agent"))
        return tr("Agent");
    if (roleId == QLatin1String("senior_agent"))
        return tr("Senior agent");
    if (roleId == QLatin1String("lead"))
        return tr("Team lead");
    if (roleId == QLatin1String("manager"))
        return tr("Manager");
    if (roleId == QLatin1String("director"))
        return tr("Director");
    if (roleId == QLatin1String("trainer"))
        return tr("Trainer");
    if (roleId == QLatin1String("admin"))
        return tr("Administrator");
    return fromId(roleId);
}

QString money(const Money &amount)
{
    return amount.toString();
}

QString dateTime(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), QLocale::ShortFormat);
}

QString date(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace redress::DisplayText
