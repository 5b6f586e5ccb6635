#include "channel.h"

#include <QCoreApplication>

#include <array>

namespace redress {
namespace {

struct ChannelEntry
{
    const char *id;
    const char *label;
};

constexpr std::array<ChannelEntry, kChannelCount> kChannels{{
    {"email", QT_TRANSLATE_NOOP("Channel", "email")},
    {"chat", QT_TRANSLATE_NOOP("Channel", "chat")},
    {"sms", QT_TRANSLATE_NOOP("Channel", "SMS")},
}};

} // namespace

std::optional<Channel> channelFromId(QStringView id)
{
    for (std::size_t i = 0; i < kChannels.size(); ++i) {
        if (id == QLatin1String(kChannels[i].id))
            return static_cast<Channel>(i);
    }
    return std::nullopt;
}

QString channelId(Channel channel)
{
    return QLatin1String(kChannels[static_cast<std::size_t>(channel)].id);
}

QString channelLabel(Channel channel)
{
    return QCoreApplication::translate("Channel", kChannels[static_cast<std::size_t>(channel)].label);
}

} // namespace redress
