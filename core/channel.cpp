#include "channel.h"

#include "idtable.h"

namespace redress {
namespace {

constexpr IdTable<Channel, kChannelCount> kChannels("Channel", {{
    {"email", QT_TRANSLATE_NOOP("Channel", "email")},
    {"chat", QT_TRANSLATE_NOOP("Channel", "chat")},
    {"sms", QT_TRANSLATE_NOOP("Channel", "SMS")},
}});

} // namespace

std::optional<Channel> channelFromId(QStringView id) { return kChannels.fromId(id); }
QString channelId(Channel channel) { return kChannels.id(channel); }
QString channelLabel(Channel channel) { return kChannels.label(channel); }

} // namespace redress
