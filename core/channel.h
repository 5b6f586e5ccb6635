#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace redress {

/// Where a recovery message goes. Each channel has its own length budget (see channelLengthLimit()).
enum class Channel : quint8 { Email, Chat, Sms };
inline constexpr int kChannelCount = 3;

/// "email", "chat" or "sms" → the channel; anything else → nothing.
std::optional<Channel> channelFromId(QStringView id);
/// The id used in template files and on the command line: "email", "chat", "sms".
QString channelId(Channel channel);
/// The name shown to people: "email", "chat", "SMS".
QString channelLabel(Channel channel);

/// The longest message text a channel accepts, in characters (Unicode code points).
/// SMS: 459, three concatenated GSM-7 segments of 153 characters (each part of a concatenated SMS gives 7 of its
/// 160 characters to the header that reassembles it); a longer text is split into more parts than some carriers
/// reassemble. Text outside the GSM 7-bit alphabet is sent as UCS-2 (67 per part), so 459 is a ceiling, not a
/// promise of three parts. Chat: 2,000, what the chat widget shows without folding.
/// Email: 20,000 for the body, far above any real apology but a guard against runaway data.
constexpr qsizetype channelLengthLimit(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return 20000;
    case Channel::Chat:
        return 2000;
    case Channel::Sms:
        return 459;
    }
    return 0;
}

} // namespace redress
