#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace redress {

/// A sandbox scenario as a trainee sees it before a run: what happened and to whom, never the answer key (the
/// server keeps that and scores against it).
struct ScenarioBrief
{
    QString id;
    int version = 0;
    QString title;
    QString line;       ///< "car_rental", "parcel"
    QString difficulty; ///< "easy", "medium", "hard"
    QString briefing;   ///< what the customer says
    int targetSeconds = 0;
    QString category;
    QString channel;
    QString customerName;
    QString customerTier;

    /// Reads `{"scenarios": [...]}`; a missing or mistyped member is an error naming its JSON pointer.
    static Result<QList<ScenarioBrief>> listFromJson(const QJsonObject &json);
};

} // namespace redress

Q_DECLARE_METATYPE(redress::ScenarioBrief)
