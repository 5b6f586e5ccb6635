#pragma once

#include "result.h"
#include "templatevariant.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace redress {

/// A recovery message written once per channel and locale (see docs/formats/template.md).
/// Construction validates everything a render could trip over — grammar, filters, duplicate variants,
/// literal text already over the channel limit — so that rendering only has the data left to fail on.
class RecoveryTemplate
{
public:
    /// Most variants in one template: three channels in a dozen locales, with room to spare.
    static constexpr int kMaxVariants = 64;

    /// Parses and validates a template document (JsonDocumentParser checks size, syntax and format).
    static Result<RecoveryTemplate> parse(QByteArrayView bytes);
    /// Validates an already parsed document. Errors name the JSON pointer, e.g. /variants/2/body.
    static Result<RecoveryTemplate> fromJson(const QJsonObject &document);

    const QString &id() const { return m_id; }
    int version() const { return m_version; }
    const QString &title() const { return m_title; }
    const QStringList &categories() const { return m_categories; }
    /// In file order; never empty.
    const QList<TemplateVariant> &variants() const { return m_variants; }

    /// The variant for exactly this channel and locale, or null.
    const TemplateVariant *variant(Channel channel, QStringView locale) const;
    /// The best variant for a customer's locale: "es-MX", then "es", then "en"; null when the channel has none
    /// of them.
    const TemplateVariant *selectVariant(Channel channel, QStringView locale) const;
    /// The first variant on `channel` in file order, or null.
    const TemplateVariant *firstVariant(Channel channel) const;

    /// The order in which locales are tried: {"es-MX", "es", "en"} for "es-mx" or "es_MX".
    static QStringList localeFallbacks(QStringView locale);
    /// A BCP 47 tag of the shape templates use: language ("es"), optional script ("Latn"), optional region ("MX").
    static bool isLocaleTag(QStringView locale);

private:
    RecoveryTemplate() = default;

    QString m_id;
    int m_version = 0;
    QString m_title;
    QStringList m_categories;
    QList<TemplateVariant> m_variants;
};

} // namespace redress
