#include "demoseeder.h"

#include "reportsummary.h"
#include "spendtotals.h"

#include "accessscope.h"
#include "caserecords.h"
#include "compensationkind.h"
#include "compensationpolicy.h"
#include "database.h"
#include "decisiontree.h"
#include "demohistory.h"
#include "documentcache.h"
#include "documentstore.h"
#include "jsondocumentparser.h"
#include "jsonobjectreader.h"
#include "recoverytemplate.h"
#include "tier.h"
#include "userdirectory.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace redress {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
/// Ten years: a demo history never reaches further back, and this keeps every sum far from overflowing.
constexpr qint64 kMaxDays = 3650;
constexpr qint64 kMaxMinutes = kMaxDays * 24 * 60;
/// The approval SLA the generated history was decided against: the server's default (docs/server.md).
constexpr qint64 kHistoryApprovalSlaMs = 4 * kHourMs;

/// The example render context that lives beside the templates; it is not a template.
const QLatin1String kSampleContext("sample-context.json");

struct DemoBrand
{
    QString id;
    QString name;
    QString line;
    QString signature;    ///< how a message from this brand signs off ({{brand.signature}})
    QString supportPhone; ///< {{brand.support_phone}}
};

struct DemoCustomer
{
    QString id;
    QString name;
    QString email;
    QString phone;
    QString tier;
    QString locale;
    QString region;
    QString team;
    QString vendor;
    Money lifetimeValue;
    qint64 createdAt = 0; ///< also when they became a customer: the demo knows no earlier record of them

    /// The same shape as CaseQueries' customers, so a client caches one form.
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("id"), id},         {QStringLiteral("name"), name},
                           {QStringLiteral("email"), email},   {QStringLiteral("phone"), phone},
                           {QStringLiteral("tier"), tier},     {QStringLiteral("locale"), locale},
                           {QStringLiteral("region"), region}, {QStringLiteral("team"), team},
                           {QStringLiteral("vendor"), vendor}, {QStringLiteral("lifetime_value"), lifetimeValue.toJson()},
                           {QStringLiteral("customer_since"), createdAt}, {QStringLiteral("created_at"), createdAt},
                           {QStringLiteral("updated_at"), createdAt}};
    }
    /// What customer search matches against: one lower-cased string per customer. The name also goes in without
    /// accents and the phone as bare digits, because agents type "maria jose" and "7875550163" as often as not.
    QString searchText() const
    {
        QStringList parts{name, email, phone, id};
        QString folded;
        for (QChar c : name.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                folded.append(c);
        }
        if (folded != name)
            parts.append(folded);
        QString digits;
        for (QChar c : phone) {
            if (c.isDigit())
                digits.append(c);
        }
        if (!digits.isEmpty())
            parts.append(digits);
        return parts.join(QLatin1Char(' ')).toLower();
    }
};

struct DemoEvent
{
    qint64 at = 0;
    QString by; ///< username
    QString type;
    QJsonObject data;
};

struct DemoCompensation
{
    QString id;
    QString kind;
    Money amount;
    QString by; ///< username
    qint64 at = 0;
    QString reason;
};

struct DemoCase
{
    CaseRecord record; ///< openedBy and assigneeId hold usernames until the users exist
    QList<DemoEvent> events;
    QList<DemoCompensation> compensations;
};

struct DemoOrganisation
{
    QString id;
    QList<DemoBrand> brands;
    QList<User> users;
    QList<DemoCustomer> customers;
    QList<DemoCase> cases;
};

/// Reads demo-org.json and checks it against the seed policy and itself, before anything is written.
class DemoReader
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    DemoReader(const CompensationPolicy &policy, qint64 now)
        : m_policy(policy)
        , m_now(now)
        , m_today(now - now % kDayMs)
    {
    }

    Result<DemoOrganisation> read(const QByteArray &bytes)
    {
        Result<QJsonObject> json = JsonDocumentParser::parse(bytes);
        if (!json)
            return json.error();
        JsonObjectReader root(json.value());
        root.rejectUnknownMembers({QLatin1String("format"), QLatin1String("id"), QLatin1String("title"),
                                   QLatin1String("description"), QLatin1String("currency"), QLatin1String("brands"),
                                   QLatin1String("users"), QLatin1String("customers"), QLatin1String("cases")});
        m_demo.id = root.requiredId(u"id");
        root.optionalString(u"title");
        root.optionalString(u"description");
        const QString currency = root.requiredString(u"currency");
        if (!root.failed() && currency != m_policy.currency().code()) {
            root.fail(u"currency", QStringLiteral("demo.currency"),
                      tr("The demo is in %1 but the seed policy is in %2.").arg(currency.left(16), m_policy.currency().code()));
        }
        readBrands(root);
        readUsers(root);
        readCustomers(root);
        readCases(root);
        if (root.failed())
            return *root.error();
        return m_demo;
    }

private:
    static QStringList sorted(const QSet<QString> &values)
    {
        QStringList list(values.cbegin(), values.cend());
        list.sort();
        return list;
    }

    static QString optionalId(JsonObjectReader &reader, QStringView key)
    {
        return reader.has(key) ? reader.requiredId(key) : QString();
    }

    /// Fails at `key` with `message` unless the value read there is `known`.
    static void requireKnown(JsonObjectReader &reader, QStringView key, bool known, const QString &message)
    {
        if (!reader.failed() && !known)
            reader.fail(key, QStringLiteral("demo.unknown_id"), message);
    }
    /// {"minor": N, "currency": "USD"} at `key`, N at least `minimum`, in the seed policy's currency.
    Money readMoney(JsonObjectReader &parent, const QString &key, qint64 minimum) const
    {
        JsonObjectReader amount = parent.object(key, true);
        amount.rejectUnknownMembers({QLatin1String("minor"), QLatin1String("currency")});
        const qint64 minor = amount.requiredInteger(u"minor", minimum, Money::MaxMinor);
        const QString currency = amount.requiredString(u"currency");
        if (!amount.failed() && currency != m_policy.currency().code()) {
            amount.fail(u"currency", QStringLiteral("demo.currency"),
                        tr("The seed policy is in %1, not %2.").arg(m_policy.currency().code(), currency.left(16)));
        }
        return Money(minor, m_policy.currency());
    }

    /// "Unknown value "x"; expected one of: a, b, c."
    static QString unknownValue(const QString &value, const QStringList &expected)
    {
        return tr("Unknown value \"%1\"; expected one of: %2.").arg(value.left(64), expected.join(QLatin1String(", ")));
    }

    /// Fails at `key` when the text read there is longer than `maxLength`: it goes into every message signed with it.
    static void requireShort(JsonObjectReader &reader, QStringView key, const QString &text, int maxLength)
    {
        if (!reader.failed() && text.size() > maxLength)
            reader.fail(key, QStringLiteral("demo.too_long"), tr("At most %1 characters.").arg(maxLength));
    }

    void readBrands(JsonObjectReader &root)
    {
        // What a customer dials: an optional "+", then digits with spaces, hyphens, dots or brackets between.
        static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9][0-9 ().-]{5,28}[0-9]$"));
        const QString key = QStringLiteral("brands");
        const QJsonArray brands = root.requiredArray(key);
        for (qsizetype i = 0; i < brands.size() && !root.failed(); ++i) {
            JsonObjectReader entry = root.arrayObject(brands, key, i);
            entry.rejectUnknownMembers({QLatin1String("id"), QLatin1String("name"), QLatin1String("line"),
                                        QLatin1String("signature"), QLatin1String("support_phone")});
            DemoBrand brand;
            brand.id = entry.requiredId(u"id");
            brand.name = entry.requiredString(u"name");
            requireShort(entry, u"name", brand.name, 100);
            brand.line = entry.optionalString(u"line");
            brand.signature = entry.requiredString(u"signature");
            requireShort(entry, u"signature", brand.signature, 200);
            brand.supportPhone = entry.requiredString(u"support_phone");
            if (!entry.failed() && !phonePattern.match(brand.supportPhone).hasMatch()) {
                entry.fail(u"support_phone", QStringLiteral("demo.phone"),
                           tr("\"%1\" is not a phone number such as \"+1 800 555 0199\".").arg(brand.supportPhone.left(32)));
            }
            if (!entry.failed() && m_brands.contains(brand.id))
                entry.fail(u"id", QStringLiteral("demo.duplicate_id"), tr("Brand \"%1\" is declared twice.").arg(brand.id));
            if (entry.failed())
                return;
            m_brands.insert(brand.id);
            m_demo.brands.append(brand);
        }
    }

    void readUsers(JsonObjectReader &root)
    {
        const QString key = QStringLiteral("users");
        const QJsonArray users = root.requiredArray(key);
        for (qsizetype i = 0; i < users.size() && !root.failed(); ++i) {
            JsonObjectReader entry = root.arrayObject(users, key, i);
            entry.rejectUnknownMembers({QLatin1String("username"), QLatin1String("display_name"), QLatin1String("role"),
                                        QLatin1String("team"), QLatin1String("vendor")});
            User user;
            user.username = entry.requiredString(u"username");
            if (!entry.failed() && !UserDirectory::isValidUsername(user.username)) {
                entry.fail(u"username", QStringLiteral("demo.username"),
                           tr("\"%1\" is not a valid username: 1 to 64 of a-z, 0-9, '.', '_' and '-'.").arg(user.username.left(64)));
            }
            if (!entry.failed() && m_staff.contains(user.username))
                entry.fail(u"username", QStringLiteral("demo.duplicate_id"), tr("User \"%1\" is declared twice.").arg(user.username));
            user.displayName = entry.requiredString(u"display_name");
            const QString role = entry.requiredString(u"role");
            const std::optional<Role> known = roleFromId(role);
            requireKnown(entry, u"role", known.has_value(), tr("Unknown role \"%1\".").arg(role.left(64)));
            user.role = known.value_or(Role::Agent);
            user.team = entry.requiredId(u"team");
            user.vendor = optionalId(entry, u"vendor");
            if (entry.failed())
                return;
            m_staff.insert(user.username, user);
            if (user.vendor.isEmpty())
                m_inHouseTeams.insert(user.team);
            else
                m_vendorTeams[user.vendor].insert(user.team);
            m_demo.users.append(user);
        }
    }

    void readCustomers(JsonObjectReader &root)
    {
        static const QRegularExpression localePattern(QStringLiteral("^[a-z]{2}(-[A-Z]{2})?$"));
        const QString key = QStringLiteral("customers");
        const QJsonArray customers = root.requiredArray(key);
        for (qsizetype i = 0; i < customers.size() && !root.failed(); ++i) {
            JsonObjectReader entry = root.arrayObject(customers, key, i);
            entry.rejectUnknownMembers({QLatin1String("id"), QLatin1String("name"), QLatin1String("email"),
                                        QLatin1String("phone"), QLatin1String("tier"), QLatin1String("locale"),
                                        QLatin1String("region"), QLatin1String("team"), QLatin1String("vendor"),
                                        QLatin1String("customer_since_days"), QLatin1String("lifetime_value")});
            DemoCustomer customer;
            customer.id = entry.requiredId(u"id");
            if (!entry.failed() && m_customers.contains(customer.id))
                entry.fail(u"id", QStringLiteral("demo.duplicate_id"), tr("Customer \"%1\" is declared twice.").arg(customer.id));
            customer.name = entry.requiredString(u"name");
            customer.email = entry.optionalString(u"email");
            customer.phone = entry.optionalString(u"phone");
            customer.tier = entry.requiredString(u"tier");
            requireKnown(entry, u"tier", tierFromId(customer.tier).has_value(),
                         unknownValue(customer.tier, {QStringLiteral("standard"), QStringLiteral("silver"),
                                                      QStringLiteral("gold"), QStringLiteral("platinum")}));
            customer.locale = entry.optionalString(u"locale", QStringLiteral("en"));
            if (!entry.failed() && !localePattern.match(customer.locale).hasMatch()) {
                entry.fail(u"locale", QStringLiteral("demo.locale"),
                           tr("\"%1\" is not a locale such as \"en\" or \"es-PR\".").arg(customer.locale.left(16)));
            }
            customer.region = entry.requiredString(u"region");
            requireKnown(entry, u"region", m_policy.regions().contains(customer.region),
                         unknownValue(customer.region, m_policy.regions()));
            customer.team = entry.requiredId(u"team");
            customer.vendor = optionalId(entry, u"vendor");
            // A customer belongs to a team someone works in, and a vendor's customers to that vendor's own teams:
            // otherwise nobody, or the wrong company, would be shown them.
            if (!entry.failed()) {
                const bool staffed = customer.vendor.isEmpty() ? m_inHouseTeams.contains(customer.team)
                                                               : m_vendorTeams.value(customer.vendor).contains(customer.team);
                if (!staffed) {
                    entry.fail(u"team", QStringLiteral("demo.scope"),
                               customer.vendor.isEmpty()
                                   ? tr("No in-house demo user works in team \"%1\".").arg(customer.team)
                                   : tr("No demo user of vendor \"%1\" works in team \"%2\".").arg(customer.vendor, customer.team));
                }
            }
            const qint64 sinceDays = entry.optionalInteger(u"customer_since_days", 0, kMaxDays).value_or(365);
            customer.createdAt = m_now - sinceDays * kDayMs;
            // What the customer has spent with the organisation (the CRM's figure); zero when the file says nothing.
            customer.lifetimeValue = Money(0, m_policy.currency());
            if (entry.has(u"lifetime_value") && !entry.failed())
                customer.lifetimeValue = readMoney(entry, QStringLiteral("lifetime_value"), 0);
            if (entry.failed())
                return;
            m_customers.insert(customer.id, qsizetype(m_demo.customers.size()));
            m_demo.customers.append(customer);
        }
    }

    /// A demo user named by `key` who may see `customer`: every name in a history is someone who could have
    /// written it. Returns the username.
    QString staff(JsonObjectReader &reader, QStringView key, const DemoCustomer &customer)
    {
        const QString username = reader.requiredString(key);
        if (reader.failed())
            return username;
        const auto user = m_staff.constFind(username);
        if (user == m_staff.cend()) {
            reader.fail(key, QStringLiteral("demo.unknown_user"), tr("No demo user is named \"%1\".").arg(username.left(64)));
        } else if (!AccessScope::of(*user).allows(customer.team, customer.vendor)) {
            reader.fail(key, QStringLiteral("demo.scope"),
                        tr("%1 may not see customer %2 (team \"%3\", vendor \"%4\").")
                            .arg(username, customer.id, customer.team, customer.vendor));
        }
        return username;
    }

    /// `base` plus `minutes` of `key`; fails when that lies in the future.
    qint64 timeAfter(JsonObjectReader &reader, QStringView key, qint64 base, bool required)
    {
        const std::optional<qint64> minutes = required ? std::optional<qint64>(reader.requiredInteger(key, 0, kMaxMinutes))
                                                       : reader.optionalInteger(key, 0, kMaxMinutes);
        const qint64 at = base + minutes.value_or(0) * kMinuteMs;
        if (!reader.failed() && at > m_now)
            reader.fail(key, QStringLiteral("demo.future"), tr("This lies in the future when the demo is loaded; use fewer minutes."));
        return at;
    }

    void readCases(JsonObjectReader &root)
    {
        static const QSet<QString> channels{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                                            QStringLiteral("counter")};
        static const QSet<QString> statuses{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("resolved")};
        const QString key = QStringLiteral("cases");
        const QJsonArray cases = root.requiredArray(key);
        for (qsizetype i = 0; i < cases.size() && !root.failed(); ++i) {
            JsonObjectReader entry = root.arrayObject(cases, key, i);
            entry.rejectUnknownMembers({QLatin1String("id"), QLatin1String("customer"), QLatin1String("brand"),
                                        QLatin1String("category"), QLatin1String("channel"), QLatin1String("title"),
                                        QLatin1String("status"), QLatin1String("opened_days_ago"),
                                        QLatin1String("opened_hour"), QLatin1String("opened_by"), QLatin1String("assignee"),
                                        QLatin1String("region"), QLatin1String("facts"), QLatin1String("events"),
                                        QLatin1String("compensations"), QLatin1String("resolved_after_minutes"),
                                        QLatin1String("root_cause")});
            DemoCase demoCase;
            CaseRecord &record = demoCase.record;
            record.id = entry.requiredId(u"id");
            if (!entry.failed() && m_caseIds.contains(record.id))
                entry.fail(u"id", QStringLiteral("demo.duplicate_id"), tr("Case \"%1\" is declared twice.").arg(record.id));
            m_caseIds.insert(record.id);
            record.customerId = entry.requiredId(u"customer");
            requireKnown(entry, u"customer", m_customers.contains(record.customerId),
                         tr("No customer \"%1\" is declared above.").arg(record.customerId));
            if (entry.failed())
                return;
            const DemoCustomer &customer = m_demo.customers.at(m_customers.value(record.customerId));
            record.team = customer.team;
            record.vendor = customer.vendor;
            record.brand = entry.requiredId(u"brand");
            requireKnown(entry, u"brand", m_brands.contains(record.brand), unknownValue(record.brand, sorted(m_brands)));
            record.category = entry.requiredId(u"category");
            requireKnown(entry, u"category", m_policy.categoryIndex(record.category) >= 0,
                         tr("The seed policy has no category \"%1\".").arg(record.category));
            record.channel = entry.requiredString(u"channel");
            requireKnown(entry, u"channel", channels.contains(record.channel), unknownValue(record.channel, sorted(channels)));
            record.title = entry.requiredString(u"title");
            record.status = entry.requiredString(u"status");
            requireKnown(entry, u"status", statuses.contains(record.status), unknownValue(record.status, sorted(statuses)));
            record.region = entry.optionalString(u"region", customer.region);
            requireKnown(entry, u"region", m_policy.regions().contains(record.region),
                         unknownValue(record.region, m_policy.regions()));
            record.facts = entry.object(u"facts").json();

            const qint64 daysAgo = entry.requiredInteger(u"opened_days_ago", 0, kMaxDays);
            const qint64 hour = entry.optionalInteger(u"opened_hour", 0, 23).value_or(9);
            record.openedAt = m_today - daysAgo * kDayMs + hour * kHourMs;
            if (!entry.failed() && record.openedAt > m_now)
                entry.fail(u"opened_hour", QStringLiteral("demo.future"), tr("This lies in the future when the demo is loaded."));
            if (!entry.failed() && record.openedAt < customer.createdAt) {
                entry.fail(u"opened_days_ago", QStringLiteral("demo.time"),
                           tr("The case opens before customer %1 became a customer.").arg(customer.id));
            }
            record.openedBy = staff(entry, u"opened_by", customer);
            if (entry.has(u"assignee"))
                record.assigneeId = staff(entry, u"assignee", customer);
            record.updatedAt = record.openedAt;

            // Resolution: a resolved case says when and why; an open one says neither.
            const bool resolved = record.status == QLatin1String("resolved");
            for (QStringView member : {QStringView(u"resolved_after_minutes"), QStringView(u"root_cause")}) {
                if (!entry.failed() && entry.has(member) != resolved) {
                    entry.fail(member, QStringLiteral("demo.status"),
                               resolved ? tr("A resolved case needs this member.") : tr("Only a resolved case has this member."));
                }
            }
            if (resolved && !entry.failed()) {
                record.resolvedAt = timeAfter(entry, u"resolved_after_minutes", record.openedAt, true);
                record.rootCause = entry.requiredId(u"root_cause");
                record.updatedAt = record.resolvedAt;
            }

            const QString eventsKey = QStringLiteral("events");
            const QJsonArray events = entry.optionalArray(eventsKey);
            for (qsizetype e = 0; e < events.size() && !entry.failed(); ++e) {
                JsonObjectReader item = entry.arrayObject(events, eventsKey, e);
                item.rejectUnknownMembers({QLatin1String("after_minutes"), QLatin1String("by"), QLatin1String("type"),
                                           QLatin1String("text")});
                DemoEvent event;
                event.at = timeAfter(item, u"after_minutes", record.openedAt, true);
                event.by = staff(item, u"by", customer);
                event.type = item.requiredId(u"type");
                // Notes only, for now: other timeline entries come from the actions themselves.
                requireKnown(item, u"type", event.type == QLatin1String("note"), unknownValue(event.type, {QStringLiteral("note")}));
                event.data = QJsonObject{{QStringLiteral("text"), item.requiredString(u"text")}};
                record.updatedAt = std::max(record.updatedAt, event.at);
                demoCase.events.append(event);
            }

            const QString compensationsKey = QStringLiteral("compensations");
            const QJsonArray compensations = entry.optionalArray(compensationsKey);
            for (qsizetype c = 0; c < compensations.size() && !entry.failed(); ++c) {
                JsonObjectReader item = entry.arrayObject(compensations, compensationsKey, c);
                item.rejectUnknownMembers({QLatin1String("id"), QLatin1String("kind"), QLatin1String("amount"),
                                           QLatin1String("state"), QLatin1String("by"), QLatin1String("after_minutes"),
                                           QLatin1String("reason")});
                DemoCompensation compensation;
                compensation.id = item.requiredId(u"id");
                if (!item.failed() && m_compensationIds.contains(compensation.id)) {
                    item.fail(u"id", QStringLiteral("demo.duplicate_id"),
                              tr("Compensation \"%1\" is declared twice.").arg(compensation.id));
                }
                m_compensationIds.insert(compensation.id);
                compensation.kind = item.requiredString(u"kind");
                requireKnown(item, u"kind", compensationKindFromId(compensation.kind).has_value(),
                             tr("Unknown compensation kind \"%1\".").arg(compensation.kind.left(64)));
                compensation.amount = readMoney(item, QStringLiteral("amount"), 1);
                // History is what was paid: proposals and approvals are made live, against the policy in force.
                const QString state = item.requiredString(u"state");
                requireKnown(item, u"state", state == QLatin1String("applied"),
                             tr("Demo history holds compensations already paid: the state is \"applied\"."));
                compensation.by = staff(item, u"by", customer);
                compensation.at = timeAfter(item, u"after_minutes", record.openedAt, true);
                compensation.reason = item.optionalString(u"reason");
                record.updatedAt = std::max(record.updatedAt, compensation.at);
                demoCase.compensations.append(compensation);
            }
            if (entry.failed())
                return;
            m_demo.cases.append(demoCase);
        }
    }

    const CompensationPolicy &m_policy;
    const qint64 m_now;
    const qint64 m_today; ///< midnight UTC at the start of today
    DemoOrganisation m_demo;
    QSet<QString> m_brands;
    QHash<QString, User> m_staff;
    QSet<QString> m_inHouseTeams;
    QHash<QString, QSet<QString>> m_vendorTeams;
    QHash<QString, qsizetype> m_customers; ///< id → index in m_demo.customers
    QSet<QString> m_caseIds;
    QSet<QString> m_compensationIds;
};

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file.unreadable"),
                     QCoreApplication::translate("DemoSeeder", "Cannot read the seed file: %1.").arg(file.errorString()),
                     QDir::toNativeSeparators(path)};
    }
    // One byte past the limit, so the parser refuses an oversized file instead of reading a cut-off one.
    return file.read(JsonDocumentParser::kMaxDocumentBytes + 1);
}

struct SeedDocument
{
    DocumentStore::Kind kind;
    QString path;
    QByteArray bytes;
};

/// The seed's policy, trees and templates, in publishing order, each checked by its parser.
Result<QList<SeedDocument>> readDocuments(const QDir &seed)
{
    QList<SeedDocument> documents{{DocumentStore::Kind::Policy, seed.filePath(QStringLiteral("policy.json")), {}}};
    const auto addAll = [&documents, &seed](DocumentStore::Kind kind, const QString &folder) {
        const QDir dir(seed.filePath(folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (name != kSampleContext)
                documents.append(SeedDocument{kind, dir.filePath(name), {}});
        }
    };
    addAll(DocumentStore::Kind::Tree, QStringLiteral("trees"));
    addAll(DocumentStore::Kind::Template, QStringLiteral("templates"));
    for (SeedDocument &document : documents) {
        Result<QByteArray> bytes = readFile(document.path);
        if (!bytes)
            return bytes.error();
        document.bytes = std::move(bytes).value();
        std::optional<Error> invalid;
        switch (document.kind) {
        case DocumentStore::Kind::Policy:
            if (Result<CompensationPolicy> parsed = CompensationPolicy::parse(document.bytes); !parsed)
                invalid = parsed.error();
            break;
        case DocumentStore::Kind::Tree:
            if (Result<DecisionTree> parsed = DecisionTree::parse(document.bytes); !parsed)
                invalid = parsed.error();
            break;
        case DocumentStore::Kind::Template:
            if (Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(document.bytes); !parsed)
                invalid = parsed.error();
            break;
        }
        if (invalid)
            return invalid->inFile(document.path);
    }
    return documents;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullableTime(qint64 at)
{
    return at > 0 ? QVariant(at) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<bool> DemoSeeder::seedIfEmpty(const QString &seedDirectory, const QString &password)
{
    Result<QSqlQuery *> users = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!users)
        return users.error();
    const qint64 existing = users.value()->next() ? users.value()->value(0).toLongLong() : 0;
    users.value()->finish();
    if (existing > 0)
        return false;

    // Read and check everything before the first write.
    const QDir seed(seedDirectory);
    Result<QList<SeedDocument>> documents = readDocuments(seed);
    if (!documents)
        return documents.error();
    Result<CompensationPolicy> policy = CompensationPolicy::parse(documents->constFirst().bytes);
    if (!policy)
        return policy.error().inFile(documents->constFirst().path);
    const QString demoPath = seed.filePath(kFileName);
    Result<QByteArray> demoBytes = readFile(demoPath);
    if (!demoBytes)
        return demoBytes.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<DemoOrganisation> read = DemoReader(*policy, now).read(*demoBytes);
    if (!read)
        return read.error().inFile(demoPath);
    DemoOrganisation demo = std::move(read).value();

    DocumentStore store(m_database, m_auditCache);
    for (const SeedDocument &document : *documents) {
        if (Result<DocumentStore::Published> published = store.publish(document.kind, document.bytes, kActor); !published)
            return published.error().inFile(document.path);
    }

    UserDirectory directory(m_database, m_auditCache);
    QHash<QString, QString> userIds; // username → id
    for (const User &user : std::as_const(demo.users)) {
        Result<User> added = directory.add(user, password, kActor);
        if (!added)
            return added.error();
        userIds.insert(added->username, added->id);
    }

    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    for (const DemoBrand &brand : std::as_const(demo.brands)) {
        Result<QSqlQuery *> inserted = m_database.exec(
            QStringLiteral("INSERT INTO brands (id, name, line, signature, support_phone, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {brand.id, brand.name, brand.line, brand.signature, brand.supportPhone, now});
        if (!inserted)
            return inserted.error();
    }
    for (const DemoCustomer &customer : std::as_const(demo.customers)) {
        Result<QSqlQuery *> inserted = m_database.exec(
            QStringLiteral("INSERT INTO customers (id, name, email, phone, tier, locale, region, team, vendor, search_text, "
                           "lifetime_value_minor, lifetime_value_currency, customer_since, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{customer.id, customer.name, customer.email, customer.phone, customer.tier, customer.locale,
                         customer.region, customer.team, customer.vendor, customer.searchText(),
                         customer.lifetimeValue.minor(), customer.lifetimeValue.currency().code(), customer.createdAt,
                         customer.createdAt, customer.createdAt});
        if (!inserted)
            return inserted.error();
        if (Result<qint64> changed = transaction.change(QStringLiteral("customer"), customer.id, QStringLiteral("upsert"),
                                                        customer.toJson(), customer.team, customer.vendor);
            !changed) {
            return changed.error();
        }
    }

    // Paid before this server kept verdicts: say so rather than invent a limit check that never ran.
    const QJsonObject verdict{
        {QStringLiteral("decision"), QStringLiteral("allow")},
        {QStringLiteral("reasons"), QJsonArray{QCoreApplication::translate("DemoSeeder", "Demo history: applied before this server recorded verdicts.")}}};
    qsizetype eventCount = 0;
    qsizetype compensationCount = 0;
    for (DemoCase &demoCase : demo.cases) {
        CaseRecord &record = demoCase.record;
        const QString openedBy = record.openedBy;
        const QString assignee = record.assigneeId;
        record.openedBy = userIds.value(openedBy);
        record.assigneeId = userIds.value(assignee);
        Result<QSqlQuery *> inserted = m_database.exec(
            QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, brand, region, channel, title, status, "
                           "facts, tree_path, root_cause, assignee_id, opened_by, opened_at, updated_at, resolved_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{record.id, record.customerId, record.team, record.vendor, record.category, record.brand,
                         record.region, record.channel, record.title, record.status, compact(record.facts),
                         record.treePath, record.rootCause, record.assigneeId, record.openedBy, record.openedAt,
                         record.updatedAt, nullableTime(record.resolvedAt)});
        if (!inserted)
            return inserted.error();
        if (Result<qint64> changed = transaction.change(QStringLiteral("case"), record.id, QStringLiteral("upsert"),
                                                        record.toJson(), record.team, record.vendor);
            !changed) {
            return changed.error();
        }

        // The timeline a live case would have: opened, notes, compensations applied, resolved; in time order, so
        // event ids rise with time as they do for live cases.
        QList<DemoEvent> timeline = demoCase.events;
        timeline.prepend(DemoEvent{record.openedAt, openedBy, QStringLiteral("case.opened"),
                                   QJsonObject{{QStringLiteral("title"), record.title},
                                               {QStringLiteral("category"), record.category}}});
        for (const DemoCompensation &compensation : std::as_const(demoCase.compensations)) {
            const QJsonObject json{{QStringLiteral("id"), compensation.id},
                                   {QStringLiteral("case_id"), record.id},
                                   {QStringLiteral("customer_id"), record.customerId},
                                   {QStringLiteral("actor_id"), userIds.value(compensation.by)},
                                   {QStringLiteral("kind"), compensation.kind},
                                   {QStringLiteral("amount"), compensation.amount.toJson()},
                                   {QStringLiteral("state"), QStringLiteral("applied")},
                                   {QStringLiteral("reason"), compensation.reason},
                                   {QStringLiteral("verdict"), verdict},
                                   {QStringLiteral("approval_id"), QString()},
                                   {QStringLiteral("created_at"), compensation.at}};
            Result<QSqlQuery *> added = m_database.exec(
                QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                               "currency, state, reason, verdict, approval_id, created_at, decided_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                QVariantList{compensation.id, record.id, record.customerId, userIds.value(compensation.by), record.team,
                             record.vendor, compensation.kind, compensation.amount.minor(),
                             compensation.amount.currency().code(), QStringLiteral("applied"), compensation.reason,
                             compact(verdict), QString(), compensation.at, compensation.at});
            if (!added)
                return added.error();
            if (Result<qint64> changed = transaction.change(QStringLiteral("compensation"), compensation.id,
                                                            QStringLiteral("upsert"), json, record.team, record.vendor);
                !changed) {
                return changed.error();
            }
            timeline.append(DemoEvent{compensation.at, compensation.by, QStringLiteral("compensation.applied"), json});
            ++compensationCount;
        }
        if (record.resolvedAt > 0) {
            timeline.append(DemoEvent{record.resolvedAt, assignee.isEmpty() ? openedBy : assignee,
                                      QStringLiteral("case.resolved"),
                                      QJsonObject{{QStringLiteral("root_cause"), record.rootCause}}});
        }
        std::stable_sort(timeline.begin(), timeline.end(),
                         [](const DemoEvent &a, const DemoEvent &b) { return a.at < b.at; });

        for (const DemoEvent &event : std::as_const(timeline)) {
            const QString actorId = userIds.value(event.by);
            Result<QSqlQuery *> added = m_database.exec(
                QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, type, data) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {record.id, event.at, actorId, event.type, compact(event.data)});
            if (!added)
                return added.error();
            QSqlQuery &row = *added.value();
            const qint64 eventId = row.next() ? row.value(0).toLongLong() : 0;
            row.finish();
            // The same shape as events written by mutations (CaseRecords::addEvent).
            const QJsonObject json{{QStringLiteral("id"), eventId},        {QStringLiteral("case_id"), record.id},
                                   {QStringLiteral("at"), event.at},       {QStringLiteral("actor_id"), actorId},
                                   {QStringLiteral("actor"), event.by},    {QStringLiteral("type"), event.type},
                                   {QStringLiteral("data"), event.data}};
            if (Result<qint64> changed = transaction.change(QStringLiteral("case_event"), QString::number(eventId),
                                                            QStringLiteral("insert"), json, record.team, record.vendor);
                !changed) {
                return changed.error();
            }
            ++eventCount;
        }
    }

    // Six months of generated history for the dashboards, for customers of its own (DemoHistory).
    QList<DemoHistory::Staff> staff;
    for (const User &user : std::as_const(demo.users))
        staff.append(DemoHistory::Staff{userIds.value(user.username), user.username, user.role, user.team, user.vendor});
    QList<DemoHistory::Brand> brandLines;
    for (const DemoBrand &brand : std::as_const(demo.brands))
        brandLines.append(DemoHistory::Brand{brand.id, brand.line});
    Result<DemoHistory::Stats> history = DemoHistory::Stats{};
    if (m_withHistory)
        history = DemoHistory::write(transaction, m_database, *policy, staff, brandLines, now - now % kDayMs,
                                     kHistoryApprovalSlaMs);
    if (!history)
        return history.error();
    // Two requests already waiting for care-east's lead, made by the live mutation code, when there is history.
    if (history->cases > 0) {
        DocumentStore requestStore(m_database, m_auditCache);
        DocumentCache requestDocuments(requestStore);
        if (Result<int> pending = DemoHistory::writePendingRequests(transaction, m_database, requestDocuments, staff, now,
                                                                    kHistoryApprovalSlaMs);
            !pending) {
            return pending.error();
        }
    }

    // One entry for the whole load: the rows themselves are the record, and 300 identical "demo" entries would
    // only bury the entries a person made.
    const QJsonObject summary{
        {QStringLiteral("organisation"), demo.id},
        {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(*demoBytes, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("documents"), qint64(documents->size())},
        {QStringLiteral("brands"), qint64(demo.brands.size())},
        {QStringLiteral("users"), qint64(demo.users.size())},
        {QStringLiteral("customers"), qint64(demo.customers.size())},
        {QStringLiteral("cases"), qint64(demo.cases.size())},
        {QStringLiteral("case_events"), qint64(eventCount)},
        {QStringLiteral("compensations"), qint64(compensationCount)},
        {QStringLiteral("history"), QJsonObject{{QStringLiteral("customers"), history->customers},
                                                {QStringLiteral("cases"), history->cases},
                                                {QStringLiteral("compensations"), history->compensations},
                                                {QStringLiteral("approvals"), history->approvals},
                                                {QStringLiteral("surveys"), history->surveys},
                                                {QStringLiteral("case_events"), history->events}}}};
    // The history's compensations count toward caps, budgets and repeat payouts like live ones.
    if (Result<void> totals = SpendTotals::rebuild(m_database); !totals)
        return totals.error();
    // And toward the dashboards' day totals, which the bulk inserts above did not touch.
    if (Result<void> reports = ReportSummary::rebuild(m_database); !reports)
        return reports.error();
    if (Result<void> audited = transaction.audit(kActor, QStringLiteral("server"), QStringLiteral("demo.seed"),
                                                 QStringLiteral("organisation"), demo.id, {}, summary);
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

} // namespace redress
