#include "demohistory.h"

#include "casemutations.h"
#include "caserecords.h"
#include "compensationmutations.h"
#include "compensationpolicy.h"
#include "database.h"
#include "mutationcontext.h"
#include "user.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace redress {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

/// splitmix64: tiny, and the same sequence on every platform and standard library (std::*_distribution is not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return uniform() < probability; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    double normal()
    {
        const double u = std::max(uniform(), 1e-12);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }
    /// An index into `weights`, with probability proportional to its weight.
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double point = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            point -= weights.at(i);
            if (point < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

struct Cause
{
    const char *id;
    double weight;
};

struct CategoryProfile
{
    const char *id;
    const char *line; ///< "car_rental", "parcel" or "shared" (any brand)
    double weight;
    double medianHours;
    const char *title;
    const char *templateId;
    QList<Cause> causes;
};

// Proportions as a mid-size parcel and rental operation sees them; the first cause of each category dominates.
const QList<CategoryProfile> &profiles()
{
    static const QList<CategoryProfile> list{
        {"late_delivery", "parcel", 30, 5, "Parcel arrived late", "late_delivery_apology",
         {{"carrier_delay", 62}, {"depot_capacity", 24}, {"weather", 8}, {"address_error", 6}}},
        {"missed_delivery", "parcel", 15, 6, "Delivery attempt missed", "missed_delivery_redelivery",
         {{"missing_scan", 45}, {"carrier_delay", 25}, {"address_error", 20}, {"unsafe_drop", 10}}},
        {"damaged_parcel", "parcel", 9, 20, "Parcel arrived damaged", "damaged_parcel_replacement",
         {{"handling_damage", 72}, {"sender_packaging", 28}}},
        {"lost_parcel", "parcel", 8, 30, "Parcel lost in transit", "lost_parcel_refund",
         {{"missing_scan", 45}, {"depot_capacity", 35}, {"label_error", 20}}},
        {"left_in_rain", "parcel", 4, 8, "Parcel left out in the rain", "parcel_left_in_rain",
         {{"unsafe_drop", 70}, {"weather", 30}}},
        {"driver_conduct", "parcel", 4, 10, "Complaint about the driver", "driver_conduct_apology", {{"driver_behaviour", 100}}},
        {"vehicle_breakdown", "car_rental", 9, 4, "Rental car broke down", "vehicle_breakdown_recovery",
         {{"vehicle_maintenance", 65}, {"road_hazard", 20}, {"collision", 10}, {"customer_misuse", 5}}},
        {"dirty_vehicle", "car_rental", 4, 3, "Car not cleaned before pick-up", "vehicle_condition_apology",
         {{"valet_cleaning_missed", 100}}},
        {"wrong_vehicle", "car_rental", 4, 2, "Wrong vehicle class at the counter", "vehicle_condition_apology",
         {{"fleet_shortage", 80}, {"customer_paperwork", 20}}},
        {"counter_wait", "car_rental", 5, 2, "Long wait at the rental counter", "counter_wait_apology",
         {{"counter_staffing", 75}, {"fleet_shortage", 25}}},
        {"damage_dispute", "car_rental", 3, 60, "Disputed damage charge", "goodwill_gesture_note",
         {{"inspection_missed", 60}, {"evidence_pending", 40}}},
        {"fuel_toll_charge", "car_rental", 3, 12, "Unexpected fuel or toll charge", "billing_error_correction",
         {{"toll_provider_error", 50}, {"refuelling_record_error", 30}, {"toll_admin_fee", 20}}},
        {"billing_error", "shared", 2, 16, "Charged the wrong amount", "billing_error_correction",
         {{"billing_system_error", 70}, {"authorisation_hold", 30}}},
    };
    return list;
}

/// The causes that worsen in the last 60 days of the story.
bool worsening(const QString &cause)
{
    return cause == QLatin1String("carrier_delay") || cause == QLatin1String("depot_capacity");
}

/// How much likelier a repeat contact is after this cause: a recovery cannot fix a failure that keeps happening.
double repeatFactor(const QString &cause)
{
    if (worsening(cause))
        return 1.6;
    if (cause == QLatin1String("missing_scan") || cause == QLatin1String("fleet_shortage"))
        return 1.4;
    if (cause == QLatin1String("valet_cleaning_missed") || cause == QLatin1String("weather"))
        return 0.5;
    return 1.0;
}

const char *const kFirstNames[] = {"Avery", "Blake", "Carmen", "Dalia", "Emeka", "Farah", "Gideon", "Hana", "Ivo",
                                   "Jonas", "Kaia", "Lorenzo", "Mirela", "Nadir", "Oona", "Priya", "Quentin", "Rosalind",
                                   "Soren", "Tamsin", "Ulrich", "Vesna", "Wendell", "Ximena", "Yusuf", "Zora"};
const char *const kLastNames[] = {"Abernathy", "Bexley", "Castellano", "Dunmore", "Eskildsen", "Fairbanks", "Galloway",
                                  "Haverford", "Ingleby", "Jaramillo", "Kettering", "Lindqvist", "Marchetti", "Northcott",
                                  "Okonkwo", "Pemberton", "Quintero", "Rutherford", "Sandoval", "Thornbury", "Underhill",
                                  "Valcourt", "Whitmore", "Yardley", "Zamora"};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject amountJson(qint64 minor, const QString &currency)
{
    return QJsonObject{{QStringLiteral("minor"), minor}, {QStringLiteral("currency"), currency}};
}

struct Customer
{
    QString id;
    QString team;
    QString vendor;
    QString tier;
    QString region;
    qint64 since = 0;
    qint64 busyUntil = 0; ///< the last resolution of one of their cases: the next unrelated case comes 31+ days later
};

struct Event
{
    qint64 at;
    QString actorId;
    QString actor;
    QString type;
    QJsonObject data;
};

/// Writes rows for one generated case and its change-feed entries.
class Writer
{
public:
    Writer(WriteTransaction &transaction, Database &database, QString currency)
        : m_transaction(transaction)
        , m_database(database)
        , m_currency(std::move(currency))
    {
    }

    Result<void> insert(const QString &sql, const QVariantList &binds)
    {
        Result<QSqlQuery *> done = m_database.exec(sql, binds);
        if (!done)
            return done.error();
        done.value()->finish();
        return {};
    }
    Result<void> change(const QString &entity, const QString &id, const QString &op, const QJsonObject &json,
                        const QString &team, const QString &vendor)
    {
        Result<qint64> changed = m_transaction.change(entity, id, op, json, team, vendor);
        if (!changed)
            return changed.error();
        return {};
    }
    Result<void> events(const CaseRecord &record, QList<Event> timeline, DemoHistory::Stats &stats)
    {
        std::stable_sort(timeline.begin(), timeline.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
        for (const Event &event : std::as_const(timeline)) {
            Result<QSqlQuery *> added = m_database.exec(
                QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, type, data) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {record.id, event.at, event.actorId, event.type, compact(event.data)});
            if (!added)
                return added.error();
            const qint64 eventId = added.value()->next() ? added.value()->value(0).toLongLong() : 0;
            added.value()->finish();
            const QJsonObject json{{QStringLiteral("id"), eventId},         {QStringLiteral("case_id"), record.id},
                                   {QStringLiteral("at"), event.at},        {QStringLiteral("actor_id"), event.actorId},
                                   {QStringLiteral("actor"), event.actor},  {QStringLiteral("type"), event.type},
                                   {QStringLiteral("data"), event.data}};
            if (Result<void> changed = change(QStringLiteral("case_event"), QString::number(eventId), QStringLiteral("insert"),
                                              json, record.team, record.vendor);
                !changed) {
                return changed;
            }
            ++stats.events;
        }
        return {};
    }
    const QString &currency() const { return m_currency; }

private:
    WriteTransaction &m_transaction;
    Database &m_database;
    QString m_currency;
};

} // namespace

Result<DemoHistory::Stats> DemoHistory::write(WriteTransaction &transaction, Database &database,
                                              const CompensationPolicy &policy, const QList<Staff> &staff,
                                              const QList<Brand> &brands, qint64 today, qint64 approvalSlaMs)
{
    Stats stats;
    Random random(kSeed);
    Writer writer(transaction, database, policy.currency().code());
    const QString currency = policy.currency().code();

    // Who works where: the agents who take cases, and who decides a team's approvals (its lead, else an in-house
    // manager; a vendor's requests only by the vendor's own lead).
    struct Team
    {
        QString team;
        QString vendor;
        QList<const Staff *> agents;
        const Staff *approver = nullptr;
    };
    QList<Team> teams;
    const Staff *manager = nullptr;
    for (const Staff &person : staff) {
        if (person.role == Role::Manager && person.vendor.isEmpty() && !manager)
            manager = &person;
    }
    for (const Staff &person : staff) {
        if (person.role != Role::Agent && person.role != Role::SeniorAgent)
            continue;
        auto team = std::find_if(teams.begin(), teams.end(),
                                 [&](const Team &t) { return t.team == person.team && t.vendor == person.vendor; });
        if (team == teams.end()) {
            teams.append(Team{person.team, person.vendor, {}, nullptr});
            team = teams.end() - 1;
        }
        team->agents.append(&person);
    }
    for (Team &team : teams) {
        for (const Staff &person : staff) {
            if (person.role == Role::Lead && person.team == team.team && person.vendor == team.vendor)
                team.approver = &person;
        }
        if (!team.approver && team.vendor.isEmpty())
            team.approver = manager;
    }
    if (teams.isEmpty() || policy.regions().isEmpty())
        return stats;
    QList<double> teamWeights;
    for (const Team &team : std::as_const(teams))
        teamWeights.append(double(team.agents.size()) + 1.0);

    QList<const Brand *> rental;
    QList<const Brand *> parcel;
    for (const Brand &brand : brands)
        (brand.line == QLatin1String("parcel") ? parcel : rental).append(&brand);
    QList<const CategoryProfile *> usable;
    QList<double> categoryWeights;
    for (const CategoryProfile &profile : profiles()) {
        const QString line = QString::fromLatin1(profile.line);
        if (policy.categoryIndex(QString::fromLatin1(profile.id)) < 0)
            continue;
        if ((line == QLatin1String("parcel") && parcel.isEmpty()) || (line == QLatin1String("car_rental") && rental.isEmpty()))
            continue;
        usable.append(&profile);
        categoryWeights.append(profile.weight);
    }
    if (usable.isEmpty())
        return stats;

    // Customers of their own, in the demo's teams, tiers about as a loyalty programme has them.
    static const QStringList tiers{QStringLiteral("standard"), QStringLiteral("silver"), QStringLiteral("gold"),
                                   QStringLiteral("platinum")};
    QList<Customer> customers;
    for (int i = 1; i <= kCustomers; ++i) {
        const Team &team = teams.at(random.weighted(teamWeights));
        Customer customer;
        customer.id = QStringLiteral("cust-h%1").arg(i, 4, 10, QLatin1Char('0'));
        customer.team = team.team;
        customer.vendor = team.vendor;
        customer.tier = tiers.at(random.weighted({50, 25, 17, 8}));
        customer.region = policy.regions().at(random.between(0, policy.regions().size() - 1));
        customer.since = today - random.between(kDays + 30, 2500) * kDayMs;
        const QString first = QString::fromLatin1(kFirstNames[random.between(0, qint64(std::size(kFirstNames)) - 1)]);
        const QString last = QString::fromLatin1(kLastNames[random.between(0, qint64(std::size(kLastNames)) - 1)]);
        const QString name = first + QLatin1Char(' ') + last;
        const QString email = (first + QLatin1Char('.') + last).toLower() + QStringLiteral(".h%1@example.net").arg(i, 4, 10, QLatin1Char('0'));
        const QString digits = QStringLiteral("1202%1").arg(7000000 + i);
        const QString phone = QStringLiteral("+1 202 %1 %2").arg(digits.mid(4, 3), digits.mid(7));
        const qint64 lifetime = random.between(100, 20000) * 100 * (customer.tier == QLatin1String("platinum") ? 5 : 1);
        const QString locale = customer.region == QLatin1String("pr") ? QStringLiteral("es-PR") : QStringLiteral("en");
        const QString searchText = QStringList{name, email, phone, customer.id, digits}.join(QLatin1Char(' ')).toLower();
        if (Result<void> inserted = writer.insert(
                QStringLiteral("INSERT INTO customers (id, name, email, phone, tier, locale, region, team, vendor, search_text, "
                               "lifetime_value_minor, lifetime_value_currency, customer_since, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {customer.id, name, email, phone, customer.tier, locale, customer.region, customer.team, customer.vendor,
                 searchText, lifetime, currency, customer.since, customer.since, customer.since});
            !inserted) {
            return inserted.error();
        }
        const QJsonObject json{{QStringLiteral("id"), customer.id},         {QStringLiteral("name"), name},
                               {QStringLiteral("email"), email},            {QStringLiteral("phone"), phone},
                               {QStringLiteral("tier"), customer.tier},     {QStringLiteral("locale"), locale},
                               {QStringLiteral("region"), customer.region}, {QStringLiteral("team"), customer.team},
                               {QStringLiteral("vendor"), customer.vendor}, {QStringLiteral("lifetime_value"), amountJson(lifetime, currency)},
                               {QStringLiteral("customer_since"), customer.since}, {QStringLiteral("created_at"), customer.since},
                               {QStringLiteral("updated_at"), customer.since}};
        if (Result<void> changed = writer.change(QStringLiteral("customer"), customer.id, QStringLiteral("upsert"), json,
                                                 customer.team, customer.vendor);
            !changed) {
            return changed.error();
        }
        customers.append(customer);
        ++stats.customers;
    }

    // Paid or requested against the policy of the day, which this server did not record: said plainly.
    const QJsonObject verdict{
        {QStringLiteral("decision"), QStringLiteral("allow")},
        {QStringLiteral("reasons"), QJsonArray{QCoreApplication::translate("DemoSeeder", "Demo history: applied before this server recorded verdicts.")}}};
    const QString approvalReason =
        QCoreApplication::translate("DemoSeeder", "Demo history: over the agent's limit for this tier and category.");

    int caseNumber = 0;
    int compensationNumber = 0;
    int approvalNumber = 0;
    int surveyNumber = 0;
    const qint64 latest = today - kHourMs; // everything generated lies before this, whatever the hour of seeding

    // One case: its row, compensation (maybe through an approval), message, resolution, surveys; returns the
    // resolution time and whether the customer comes back.
    struct Planned
    {
        qint64 resolvedAt = 0;
        bool recovered = false;
        QString rootCause;
        const CategoryProfile *profile = nullptr;
    };
    const auto writeCase = [&](Customer &customer, qint64 openedAt, const CategoryProfile *forced,
                               const QString &forcedCause) -> Result<Planned> {
        const int daysAgo = int((today - openedAt) / kDayMs);
        const bool recent = daysAgo < 60;
        const Team &team = *std::find_if(teams.cbegin(), teams.cend(), [&](const Team &t) {
            return t.team == customer.team && t.vendor == customer.vendor;
        });
        const Staff &agent = *team.agents.at(random.between(0, team.agents.size() - 1));
        const CategoryProfile *profile = forced;
        if (!profile) {
            QList<double> weights = categoryWeights;
            if (recent) { // the depot and carrier trouble of the last two months shows up as more parcel failures
                for (int i = 0; i < usable.size(); ++i) {
                    if (qstrcmp(usable.at(i)->id, "late_delivery") == 0 || qstrcmp(usable.at(i)->id, "lost_parcel") == 0)
                        weights[i] *= 1.7;
                }
            }
            profile = usable.at(random.weighted(weights));
        }
        QString cause = forcedCause;
        if (cause.isEmpty()) {
            QList<double> causeWeights;
            for (const Cause &c : profile->causes)
                causeWeights.append(c.weight * (recent && worsening(QString::fromLatin1(c.id)) ? 1.8 : 1.0));
            cause = QString::fromLatin1(profile->causes.at(random.weighted(causeWeights)).id);
        }
        const QString line = QString::fromLatin1(profile->line);
        const QList<const Brand *> &brandPool = line == QLatin1String("parcel") ? parcel
            : line == QLatin1String("car_rental")                               ? rental
            : (random.chance(0.5) && !parcel.isEmpty()) || rental.isEmpty()     ? parcel
                                                                                : rental;
        const Brand &brand = *brandPool.at(random.between(0, brandPool.size() - 1));

        // Log-normal around the category's median; the vendor is slower, and so are the worsening causes lately.
        double hours = profile->medianHours * std::exp(0.95 * random.normal());
        if (!customer.vendor.isEmpty())
            hours *= 1.4;
        if (recent && worsening(cause))
            hours *= 1.5;
        qint64 duration = std::clamp<qint64>(qint64(hours * double(kHourMs)), 5 * kMinuteMs, 20 * kDayMs);
        if (openedAt + duration > latest)
            duration = std::max<qint64>(5 * kMinuteMs, latest - openedAt - random.between(0, 50) * kMinuteMs);

        CaseRecord record;
        record.id = QStringLiteral("case-h%1").arg(++caseNumber, 5, 10, QLatin1Char('0'));
        record.customerId = customer.id;
        record.team = customer.team;
        record.vendor = customer.vendor;
        record.category = QString::fromLatin1(profile->id);
        record.brand = brand.id;
        record.region = customer.region;
        static const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                                          QStringLiteral("counter")};
        record.channel = channels.at(random.weighted({40, 30, 25, line == QLatin1String("car_rental") ? 15.0 : 0.0}));
        record.title = QCoreApplication::translate("DemoSeeder", profile->title);
        record.status = QStringLiteral("resolved");
        record.rootCause = cause;
        record.assigneeId = agent.id;
        record.openedBy = agent.id;
        record.openedAt = openedAt;
        record.resolvedAt = openedAt + duration;
        record.updatedAt = record.resolvedAt;
        if (record.category == QLatin1String("late_delivery"))
            record.facts.insert(QStringLiteral("delay_hours"), qint64(random.between(4, 96)));

        if (Result<void> inserted = writer.insert(
                QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, brand, region, channel, title, status, "
                               "facts, tree_path, root_cause, assignee_id, opened_by, opened_at, updated_at, resolved_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {record.id, record.customerId, record.team, record.vendor, record.category, record.brand, record.region,
                 record.channel, record.title, record.status, compact(record.facts), QString(), record.rootCause,
                 record.assigneeId, record.openedBy, record.openedAt, record.updatedAt, record.resolvedAt});
            !inserted) {
            return inserted.error();
        }
        if (Result<void> changed = writer.change(QStringLiteral("case"), record.id, QStringLiteral("upsert"), record.toJson(),
                                                 record.team, record.vendor);
            !changed) {
            return changed.error();
        }
        QList<Event> timeline{{openedAt, agent.id, agent.username, QStringLiteral("case.opened"),
                               QJsonObject{{QStringLiteral("title"), record.title}, {QStringLiteral("category"), record.category}}}};
        // Most failures are recovered: a compensation and a message, or a message alone.
        const bool recovered = random.chance(cause == QLatin1String("customer_misuse") ? 0.3 : 0.86);
        const qint64 actionAt = openedAt + qint64(double(duration) * (0.3 + 0.5 * random.uniform()));
        if (recovered && random.chance(0.72)) {
            static const QHash<QString, double> tierScale{{QStringLiteral("standard"), 1.0}, {QStringLiteral("silver"), 1.4},
                                                          {QStringLiteral("gold"), 2.0}, {QStringLiteral("platinum"), 3.0}};
            const bool overLimit = team.approver && random.chance(0.07);
            const qint64 base = random.between(10, 45) * 100;
            const qint64 minor = overLimit ? random.between(90, 220) * 100
                                           : qint64(std::llround(double(base) * tierScale.value(customer.tier, 1.0) / 500.0)) * 500;
            static const QStringList kinds{QStringLiteral("voucher"), QStringLiteral("refund"), QStringLiteral("points"),
                                           QStringLiteral("fee_waiver")};
            const QString kind = kinds.at(random.weighted({45, 30, 15, 10}));
            const QString compensationId = QStringLiteral("comp-h%1").arg(++compensationNumber, 5, 10, QLatin1Char('0'));
            QString approvalId;
            QString state = QStringLiteral("applied");
            qint64 decidedAt = actionAt;
            if (overLimit) {
                // Decided within the SLA mostly; a few wait past it and escalate before someone decides.
                approvalId = QStringLiteral("appr-h%1").arg(++approvalNumber, 5, 10, QLatin1Char('0'));
                const bool late = random.chance(0.2);
                const qint64 wait = late ? approvalSlaMs + random.between(10, 300) * kMinuteMs
                                         : random.between(5, std::max<qint64>(6, approvalSlaMs / kMinuteMs - 5)) * kMinuteMs;
                decidedAt = std::min(actionAt + wait, latest - kMinuteMs);
                if (decidedAt <= actionAt)
                    decidedAt = actionAt + kMinuteMs;
                const bool approved = random.chance(0.85);
                state = approved ? QStringLiteral("applied") : QStringLiteral("rejected");
                // Past the SLA an in-house request escalates to the manager; a vendor's stays with its own lead
                // (the demo shows no in-house staff on a vendor's cases).
                const bool toManager = late && manager && team.vendor.isEmpty();
                const Staff &decider = toManager ? *manager : *team.approver;
                const int escalations = late ? 1 : 0;
                const qint64 dueAt = actionAt + approvalSlaMs * (escalations + 1);
                const QString level = toManager ? QStringLiteral("manager") : roleId(team.approver->role);
                if (Result<void> inserted = writer.insert(
                        QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, "
                                       "amount_minor, currency, state, reason, verdict, approval_id, created_at, decided_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {compensationId, record.id, customer.id, agent.id, record.team, record.vendor, kind, minor, currency,
                         state, QString(), compact(verdict), approvalId, actionAt, decidedAt});
                    !inserted) {
                    return inserted.error();
                }
                const QString decision = approved ? QStringLiteral("approved") : QStringLiteral("rejected");
                const QString comment = approved ? QString() : QCoreApplication::translate("DemoSeeder", "Above what this failure warrants; offer the standard voucher.");
                if (Result<void> inserted = writer.insert(
                        QStringLiteral("INSERT INTO approvals (id, compensation_id, case_id, requester_id, team, vendor, "
                                       "required_level, amount_minor, currency, state, reasons, created_at, due_at, escalations, "
                                       "decided_by, decided_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {approvalId, compensationId, record.id, agent.id, record.team, record.vendor, level, minor, currency,
                         decision, QString::fromUtf8(QJsonDocument(QJsonArray{approvalReason}).toJson(QJsonDocument::Compact)),
                         actionAt, dueAt, escalations, decider.id, decidedAt, comment});
                    !inserted) {
                    return inserted.error();
                }
                const QJsonObject approvalJson{{QStringLiteral("id"), approvalId},
                                               {QStringLiteral("compensation_id"), compensationId},
                                               {QStringLiteral("case_id"), record.id},
                                               {QStringLiteral("requester_id"), agent.id},
                                               {QStringLiteral("required_level"), level},
                                               {QStringLiteral("amount"), amountJson(minor, currency)},
                                               {QStringLiteral("state"), decision},
                                               {QStringLiteral("reasons"), QJsonArray{approvalReason}},
                                               {QStringLiteral("created_at"), actionAt},
                                               {QStringLiteral("due_at"), dueAt},
                                               {QStringLiteral("escalations"), escalations},
                                               {QStringLiteral("decided_by"), decider.id},
                                               {QStringLiteral("decided_at"), decidedAt},
                                               {QStringLiteral("comment"), comment}};
                if (Result<void> changed = writer.change(QStringLiteral("approval"), approvalId, QStringLiteral("upsert"),
                                                         approvalJson, record.team, record.vendor);
                    !changed) {
                    return changed.error();
                }
                ++stats.approvals;
                timeline.append(Event{decidedAt, decider.id, decider.username,
                                      approved ? QStringLiteral("approval.approved") : QStringLiteral("approval.rejected"),
                                      QJsonObject{{QStringLiteral("id"), approvalId},
                                                  {QStringLiteral("compensation_id"), compensationId},
                                                  {QStringLiteral("case_id"), record.id},
                                                  {QStringLiteral("state"), decision},
                                                  {QStringLiteral("decided_by"), decider.id},
                                                  {QStringLiteral("decided_at"), decidedAt},
                                                  {QStringLiteral("comment"), comment}}});
            } else {
                if (Result<void> inserted = writer.insert(
                        QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, "
                                       "amount_minor, currency, state, reason, verdict, approval_id, created_at, decided_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {compensationId, record.id, customer.id, agent.id, record.team, record.vendor, kind, minor, currency,
                         state, QString(), compact(verdict), QString(), actionAt, actionAt});
                    !inserted) {
                    return inserted.error();
                }
            }
            const QJsonObject json{{QStringLiteral("id"), compensationId},
                                   {QStringLiteral("case_id"), record.id},
                                   {QStringLiteral("customer_id"), customer.id},
                                   {QStringLiteral("actor_id"), agent.id},
                                   {QStringLiteral("kind"), kind},
                                   {QStringLiteral("amount"), amountJson(minor, currency)},
                                   {QStringLiteral("state"), state},
                                   {QStringLiteral("reason"), QString()},
                                   {QStringLiteral("verdict"), verdict},
                                   {QStringLiteral("approval_id"), approvalId},
                                   {QStringLiteral("created_at"), actionAt}};
            if (Result<void> changed = writer.change(QStringLiteral("compensation"), compensationId, QStringLiteral("upsert"),
                                                     json, record.team, record.vendor);
                !changed) {
                return changed.error();
            }
            timeline.append(Event{actionAt, agent.id, agent.username,
                                  approvalId.isEmpty() ? QStringLiteral("compensation.applied") : QStringLiteral("compensation.requested"),
                                  json});
            ++stats.compensations;
        }
        if (recovered) {
            timeline.append(Event{actionAt + kMinuteMs, agent.id, agent.username, QStringLiteral("message.sent"),
                                  QJsonObject{{QStringLiteral("template_id"), QString::fromLatin1(profile->templateId)},
                                              {QStringLiteral("template_version"), 1},
                                              {QStringLiteral("channel"), record.channel == QLatin1String("chat") ? QStringLiteral("chat") : QStringLiteral("email")},
                                              {QStringLiteral("locale"), QStringLiteral("en")},
                                              {QStringLiteral("subject"), record.title},
                                              {QStringLiteral("text"), QCoreApplication::translate("DemoSeeder", "Demo history: the recovery message sent to the customer.")}}});
        }
        timeline.append(Event{record.resolvedAt, agent.id, agent.username, QStringLiteral("case.resolved"),
                              QJsonObject{{QStringLiteral("root_cause"), cause}}});

        // Surveys: some before the resolution (the customer still waiting), more after it; after a recovery the
        // customer is happier on average.
        const auto survey = [&](qint64 answeredAt, bool after) -> Result<void> {
            const bool nps = random.chance(0.55);
            qint64 score;
            if (nps) {
                const int band = after && recovered ? random.weighted({22, 30, 48}) : after ? random.weighted({50, 30, 20})
                                                                                          : random.weighted({62, 25, 13});
                score = band == 0 ? random.between(0, 6) : band == 1 ? random.between(7, 8) : random.between(9, 10);
            } else {
                score = after && recovered ? random.weighted({3, 5, 12, 40, 40}) + 1
                      : after             ? random.weighted({20, 25, 25, 20, 10}) + 1
                                          : random.weighted({30, 30, 22, 12, 6}) + 1;
            }
            const QString kind = nps ? QStringLiteral("nps") : QStringLiteral("csat");
            const QString id = QStringLiteral("survey-h%1").arg(++surveyNumber, 5, 10, QLatin1Char('0'));
            if (Result<void> inserted = writer.insert(
                    QStringLiteral("INSERT INTO surveys (id, case_id, customer_id, team, vendor, kind, score, answered_at, received_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, record.id, customer.id, record.team, record.vendor, kind, score, answeredAt, answeredAt});
                !inserted) {
                return inserted;
            }
            timeline.append(Event{answeredAt, QString(), QStringLiteral("survey"), QStringLiteral("event.survey"),
                                  QJsonObject{{QStringLiteral("event_id"), id}, {QStringLiteral("type"), QStringLiteral("survey")},
                                              {QStringLiteral("kind"), kind}, {QStringLiteral("score"), score},
                                              {QStringLiteral("answered_at"), answeredAt}}});
            ++stats.surveys;
            return {};
        };
        if (duration > 2 * kHourMs && random.chance(0.12)) {
            if (Result<void> done = survey(openedAt + duration / 3, false); !done)
                return done.error();
        }
        const qint64 afterAt = record.resolvedAt + random.between(2, 96) * kHourMs;
        if (afterAt < latest && random.chance(0.4)) {
            if (Result<void> done = survey(afterAt, true); !done)
                return done.error();
        }

        if (Result<void> written = writer.events(record, timeline, stats); !written)
            return written.error();
        ++stats.cases;
        customer.busyUntil = std::max(customer.busyUntil, record.resolvedAt);
        return Planned{record.resolvedAt, recovered, cause, profile};
    };

    // Day by day, oldest first, so a customer's cases come in time order; about ten a day, more in the last 60.
    for (int daysAgo = kDays; daysAgo >= 1; --daysAgo) {
        const qint64 dayStart = today - qint64(daysAgo) * kDayMs;
        const int count = int(random.between(7, 11)) + (daysAgo < 60 ? int(random.between(1, 3)) : 0);
        for (int n = 0; n < count; ++n) {
            const qint64 openedAt = dayStart + random.between(7 * 60, 21 * 60) * kMinuteMs;
            // A customer with nothing recent, so that the only repeat contacts are the ones written below.
            Customer *customer = nullptr;
            for (int attempt = 0; attempt < 40 && !customer; ++attempt) {
                Customer &candidate = customers[random.between(0, customers.size() - 1)];
                if (candidate.busyUntil + 31 * kDayMs < openedAt && candidate.since < openedAt)
                    customer = &candidate;
            }
            if (!customer)
                continue;
            Result<Planned> planned = writeCase(*customer, openedAt, nullptr, QString());
            if (!planned)
                return planned.error();
            if (!planned->recovered)
                continue;
            // A repeat contact: the same failure again, or the customer chasing the first one.
            const bool recent = daysAgo < 60;
            const double repeat = 0.09 * repeatFactor(planned->rootCause) * (recent && worsening(planned->rootCause) ? 1.3 : 1.0);
            if (!random.chance(repeat))
                continue;
            const qint64 gap = random.chance(0.55) ? random.between(6, 7 * 24 - 1) * kHourMs : random.between(8, 29) * kDayMs;
            const qint64 reopenedAt = planned->resolvedAt + gap;
            if (reopenedAt + 2 * kHourMs >= latest)
                continue;
            if (Result<Planned> again = writeCase(*customer, reopenedAt, planned->profile, planned->rootCause); !again)
                return again.error();
        }
    }
    return stats;
}

Result<int> DemoHistory::writePendingRequests(WriteTransaction &transaction, Database &database, DocumentCache &documents,
                                              const QList<Staff> &staff, qint64 now, qint64 approvalSlaMs)
{
    const auto senior = std::find_if(staff.cbegin(), staff.cend(), [](const Staff &member) {
        return member.role == Role::SeniorAgent && member.team == QLatin1String("care-east") && member.vendor.isEmpty();
    });
    if (senior == staff.cend())
        return 0;
    User user;
    user.id = senior->id;
    user.username = senior->username;
    user.role = senior->role;
    user.team = senior->team;
    const Principal caller{user, QStringLiteral("demo-seed"), {}};
    // The first standard-tier history customers of care-east: a senior agent's limit there is 60.00 and a lead's
    // 250.00, so these amounts need the lead.
    Result<QSqlQuery *> found = database.exec(
        QStringLiteral("SELECT id FROM customers WHERE id LIKE 'cust-h%' AND team = 'care-east' AND vendor = '' "
                       "AND tier = 'standard' ORDER BY id LIMIT 2"));
    if (!found)
        return found.error();
    QStringList customers;
    while (found.value()->next())
        customers.append(found.value()->value(0).toString());
    found.value()->finish();
    struct Request
    {
        const char *title;
        const char *category;
        qint64 minor;
        qint64 age; ///< how long ago the request was made
    };
    const Request requests[] = {
        {QT_TRANSLATE_NOOP("DemoSeeder", "Parcel lost twice in a month"), "lost_parcel", 9500, 10 * kMinuteMs},
        {QT_TRANSLATE_NOOP("DemoSeeder", "Missed delivery, second attempt also missed"), "missed_delivery", 8000,
         approvalSlaMs - 30 * kMinuteMs},
    };
    int pending = 0;
    for (int i = 0; i < int(std::size(requests)) && i < customers.size(); ++i) {
        const Request &request = requests[i];
        const QString caseId = QStringLiteral("case-p%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        MutationContext opening{transaction, database, caller, AccessScope::of(user), now - request.age - 5 * kMinuteMs};
        Result<MutationOutcome> opened = CaseMutations::open(
            opening, QJsonObject{{QStringLiteral("case_id"), caseId},
                                 {QStringLiteral("customer_id"), customers.at(i)},
                                 {QStringLiteral("category"), QString::fromLatin1(request.category)},
                                 {QStringLiteral("title"), QCoreApplication::translate("DemoSeeder", request.title)},
                                 {QStringLiteral("channel"), QStringLiteral("phone")}});
        if (!opened)
            return opened.error();
        MutationContext proposing{transaction, database, caller, AccessScope::of(user), now - request.age};
        Result<MutationOutcome> proposed = CompensationMutations::propose(
            proposing, documents, approvalSlaMs,
            // A live compensation id is a UUID; a name-based one keeps two seeds alike.
            QJsonObject{{QStringLiteral("compensation_id"),
                         QUuid::createUuidV5(QUuid(), caseId).toString(QUuid::WithoutBraces)},
                        {QStringLiteral("case_id"), caseId},
                        {QStringLiteral("kind"), QStringLiteral("voucher")},
                        {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), request.minor},
                                                               {QStringLiteral("currency"), QStringLiteral("USD")}}},
                        {QStringLiteral("reason"), QCoreApplication::translate("DemoSeeder", "Second failure in a month; "
                                                                                             "the customer asked for a manager.")}});
        if (!proposed)
            return proposed.error();
        if (proposed->status == MutationOutcome::Status::PendingApproval)
            ++pending;
    }
    return pending;
}

} // namespace redress
