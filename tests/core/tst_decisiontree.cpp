#include "decisiontree.h"
#include "jsonobjectreader.h"
#include "treeguard.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace redress;

namespace {

// Raw strings use a delimiter, R"j(...)j": moc 6.4 loses its place on R"(...")" and skips the test class.
// Small builders keep each table row to the one thing it breaks.
QByteArray doc(const QByteArray &start, const QByteArray &nodes)
{
    return R"j({"format":1,"id":"test_tree","version":2,"title":"Test","category":"late_delivery","currency":"USD","start":")j"
        + start + R"j(","nodes":[)j" + nodes + "]}";
}

QByteArray choice(const QByteArray &id, const QByteArray &next, const QByteArray &guard = {})
{
    QByteArray json = R"j({"id":")j" + id + R"j(","label":"Label )j" + id + R"j(","next":")j" + next + "\"";
    if (!guard.isEmpty())
        json += R"j(,"guard":)j" + guard;
    return json + '}';
}

QByteArray question(const QByteArray &id, const QByteArray &choices)
{
    return R"j({"id":")j" + id + R"j(","type":"question","text":"Question )j" + id + R"j(?","choices":[)j" + choices + "]}";
}

QByteArray info(const QByteArray &id, const QByteArray &next)
{
    return R"j({"id":")j" + id + R"j(","type":"info","text":"Note )j" + id + R"j(","next":")j" + next + R"j("})j";
}

const QByteArray kGesture = R"j({"kinds":["gesture"],"template":"goodwill_gesture_note","root_cause":"carrier_delay"})j";

QByteArray outcome(const QByteArray &id, const QByteArray &recovery = kGesture)
{
    return R"j({"id":")j" + id + R"j(","type":"outcome","title":"Outcome )j" + id + R"j(","recovery":)j" + recovery + '}';
}

QByteArray voucher(const QByteArray &amount)
{
    return R"j({"kinds":["voucher"],"amount":)j" + amount + R"j(,"template":"late_delivery_apology","root_cause":"carrier_delay"})j";
}

// A guard on choice 1 of the only question; the fallback is choice 0.
QByteArray guarded(const QByteArray &guard)
{
    return doc("q", question("q", choice("a", "o") + ',' + choice("b", "o", guard)) + ',' + outcome("o"));
}

// The tree most walk tests use.
QByteArray sampleTree()
{
    return doc("q_first",
               question("q_first", choice("short", "o_small") + ',' + choice("long", "i_check") + ','
                                       + choice("vip", "o_big", R"j({"fact":"tier","op":"in","value":["gold","platinum"]})j"))
                   + ',' + info("i_check", "q_second") + ','
                   + question("q_second",
                              choice("yes", "o_big") + ',' + choice("no", "o_small") + ','
                                  + choice("phone", "o_apology",
                                           R"j({"all":[{"fact":"channel","op":"==","value":"phone"},{"fact":"delay_hours","op":">=","value":24}]})j"))
                   + ',' + outcome("o_small", voucher(R"j({"suggested":"15.00","min":"10.00","max":"25.00"})j")) + ','
                   + outcome("o_big", R"j({"kinds":["refund","voucher"],"amount":{"suggested":"50.00","min":"30.00","max":"80.00"},"template":"late_delivery_apology","root_cause":"depot_capacity","note":"Check the scans."})j")
                   + ',' + outcome("o_apology"));
}

// A chain of `length` info nodes (or questions with one choice) ending in an outcome, or looping back.
QByteArray chain(int length, bool questions, bool loop)
{
    QByteArray nodes;
    nodes.reserve(length * 120);
    for (int i = 0; i < length; ++i) {
        const QByteArray id = "n" + QByteArray::number(i);
        const QByteArray next = i + 1 < length ? "n" + QByteArray::number(i + 1) : (loop ? QByteArray("n0") : QByteArray("o"));
        nodes += (questions ? question(id, choice("go", next)) : info(id, next)) + ',';
    }
    return doc("n0", nodes + outcome("o"));
}

QJsonObject facts(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

DecisionTree sample()
{
    Result<DecisionTree> tree = DecisionTree::parse(sampleTree());
    if (!tree)
        qFatal("sample tree is invalid: %s", qPrintable(tree.error().toString()));
    return std::move(tree).value();
}

} // namespace

class TestDecisionTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleTree_isValidAndCounted()
    {
        const DecisionTree tree = sample();
        QCOMPARE(tree.id(), QStringLiteral("test_tree"));
        QCOMPARE(tree.version(), 2);
        QCOMPARE(tree.category(), QStringLiteral("late_delivery"));
        QCOMPARE(tree.currency().code(), QStringLiteral("USD"));
        QCOMPARE(tree.nodes().at(tree.startIndex()).id, QStringLiteral("q_first"));
        QCOMPARE(tree.count(DecisionTree::NodeType::Question), 2);
        QCOMPARE(tree.count(DecisionTree::NodeType::Info), 1);
        QCOMPARE(tree.count(DecisionTree::NodeType::Outcome), 3);
        QCOMPARE(tree.outcomeIds(), (QStringList{QStringLiteral("o_small"), QStringLiteral("o_big"), QStringLiteral("o_apology")}));
        QCOMPARE(tree.indexOf(QStringLiteral("i_check")), 1);
        QCOMPARE(tree.indexOf(QStringLiteral("nope")), -1);
    }

    void invalidTree_reportsFirstProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");

        const QByteArray o = outcome("o");
        const QByteArray q = question("q", choice("a", "o"));

        // Documents that are not trees at all.
        QTest::newRow("empty") << QByteArray("  ") << "json.empty" << "";
        QTest::newRow("malformed") << QByteArray(R"j({"format":1,"id":)j") << "json.syntax" << "line 1, column 18";
        QTest::newRow("truncated") << sampleTree().left(sampleTree().size() / 2) << "json.syntax" << "";
        QTest::newRow("array, not object") << QByteArray("[]") << "json.not_object" << "/";
        QTest::newRow("format missing") << QByteArray(R"j({"id":"t"})j") << "json.format_missing" << "/format";
        QTest::newRow("format 2") << QByteArray(R"j({"format":2})j") << "json.format_unsupported" << "/format";
        QTest::newRow("10,000-deep nested arrays")
            << QByteArray(R"j({"format":1,"nodes":)j") + QByteArray(10000, '[') + QByteArray(10000, ']') + '}'
            << "json.syntax" << "";
        QByteArray deepObjects = R"j({"format":1,"id":)j";
        for (int i = 0; i < 10000; ++i)
            deepObjects += R"j({"a":)j";
        deepObjects += "1" + QByteArray(10000, '}') + '}';
        QTest::newRow("10,000-deep nested objects") << deepObjects << "json.syntax" << "";

        // Top-level members: JSON pointers.
        QTest::newRow("id missing") << QByteArray(R"j({"format":1,"version":1})j") << "json.missing" << "/id";
        QTest::newRow("id not an id") << doc("q", q + ',' + o).replace(R"j("id":"test_tree")j", R"j("id":"Test Tree")j")
                                      << "json.id" << "/id";
        QTest::newRow("version zero") << doc("q", q + ',' + o).replace(R"j("version":2)j", R"j("version":0)j")
                                      << "json.range" << "/version";
        QTest::newRow("version string") << doc("q", q + ',' + o).replace(R"j("version":2)j", R"j("version":"2")j")
                                        << "json.type" << "/version";
        QTest::newRow("title missing") << doc("q", q + ',' + o).replace(R"j("title":"Test",)j", "")
                                       << "json.missing" << "/title";
        QTest::newRow("unknown currency") << doc("q", q + ',' + o).replace(R"j("USD")j", R"j("XYZ")j")
                                          << "json.currency" << "/currency";
        QTest::newRow("unknown top-level member") << doc("q", q + ',' + o).replace(R"j("title")j", R"j("titel":"x","title")j")
                                                  << "json.unknown_member" << "/titel";
        QTest::newRow("nodes not an array") << doc("q", "").replace(R"j("nodes":[])j", R"j("nodes":{})j") << "json.type" << "/nodes";
        QTest::newRow("no nodes") << doc("q", "") << "tree.no_nodes" << "/nodes";
        QTest::newRow("start missing") << doc("q", q + ',' + o).replace(R"j("start":"q",)j", "") << "json.missing" << "/start";

        // Node members: JSON pointers.
        QTest::newRow("node not an object") << doc("q", q + ",42," + o) << "json.type" << "/nodes/1";
        QTest::newRow("node id missing") << doc("q", q + R"j(,{"type":"info","text":"x","next":"o"},)j" + o)
                                         << "json.missing" << "/nodes/1/id";
        QTest::newRow("node id upper case") << doc("q", question("Q", choice("a", "o")) + ',' + o) << "json.id" << "/nodes/0/id";
        QTest::newRow("node id number") << doc("q", q + R"j(,{"id":7,"type":"info","text":"x","next":"o"},)j" + o)
                                        << "json.type" << "/nodes/1/id";
        QTest::newRow("type missing") << doc("q", q + R"j(,{"id":"i","text":"x","next":"o"},)j" + o)
                                      << "json.missing" << "/nodes/1/type";
        QTest::newRow("text not a string") << doc("q", q + R"j(,{"id":"i","type":"info","text":["x"],"next":"o"},)j" + o)
                                           << "json.type" << "/nodes/1/text";
        QTest::newRow("choices not an array")
            << doc("q", R"j({"id":"q","type":"question","text":"?","choices":{"a":"o"}},)j" + o) << "json.type" << "/nodes/0/choices";
        QTest::newRow("choice not an object") << doc("q", question("q", choice("a", "o") + R"j(,"b")j") + ',' + o)
                                              << "json.type" << "/nodes/0/choices/1";
        QTest::newRow("choice next a number")
            << doc("q", question("q", choice("a", "o") + R"j(,{"id":"b","label":"B","next":3})j") + ',' + o)
            << "json.type" << "/nodes/0/choices/1/next";
        QTest::newRow("choice label missing")
            << doc("q", question("q", R"j({"id":"a","next":"o"})j") + ',' + o) << "json.missing" << "/nodes/0/choices/0/label";
        QTest::newRow("misspelt guard member")
            << doc("q", question("q", choice("a", "o") + R"j(,{"id":"b","label":"B","next":"o","gaurd":{}})j") + ',' + o)
            << "json.unknown_member" << "/nodes/0/choices/1/gaurd";
        QTest::newRow("outcome with next") << doc("q", q + R"j(,{"id":"o","type":"outcome","title":"T","next":"q","recovery":)j" + kGesture + '}')
                                           << "json.unknown_member" << "/nodes/1/next";
        QTest::newRow("kinds not strings") << doc("q", q + ',' + outcome("o", R"j({"kinds":[1],"template":"t","root_cause":"r"})j"))
                                           << "json.type" << "/nodes/1/recovery/kinds/0";
        QTest::newRow("recovery not an object") << doc("q", q + ',' + outcome("o", "[]")) << "json.type" << "/nodes/1/recovery";
        QTest::newRow("template missing")
            << doc("q", q + ',' + outcome("o", R"j({"kinds":["gesture"],"root_cause":"weather"})j"))
            << "json.missing" << "/nodes/1/recovery/template";
        QTest::newRow("root cause not snake case")
            << doc("q", q + ',' + outcome("o", R"j({"kinds":["gesture"],"template":"t","root_cause":"Weather!"})j"))
            << "json.id" << "/nodes/1/recovery/root_cause";
        QTest::newRow("amount a number") << doc("q", q + ',' + outcome("o", voucher(R"j({"suggested":15})j")))
                                         << "json.type" << "/nodes/1/recovery/amount/suggested";
        QTest::newRow("amount three decimals") << doc("q", q + ',' + outcome("o", voucher(R"j({"suggested":"15.001"})j")))
                                               << "money.invalid" << "/nodes/1/recovery/amount/suggested";
        QTest::newRow("amount negative") << doc("q", q + ',' + outcome("o", voucher(R"j({"suggested":"-1.00"})j")))
                                         << "json.range" << "/nodes/1/recovery/amount/suggested";
        QTest::newRow("amount suggested missing") << doc("q", q + ',' + outcome("o", voucher(R"j({"min":"1.00"})j")))
                                                  << "json.missing" << "/nodes/1/recovery/amount/suggested";

        // Structure: the node id.
        QTest::newRow("duplicate node id") << doc("q", q + ',' + o + ',' + info("q", "o")) << "tree.duplicate_id" << "q";
        QTest::newRow("unknown node type") << doc("q", q + R"j(,{"id":"x","type":"decision"},)j" + o) << "tree.node_type" << "x";
        QTest::newRow("question without choices")
            << doc("q", R"j({"id":"q","type":"question","text":"?"},)j" + o) << "tree.no_choices" << "q";
        QTest::newRow("question with empty choices") << doc("q", question("q", "") + ',' + o) << "tree.no_choices" << "q";
        QTest::newRow("duplicate choice id") << doc("q", question("q", choice("a", "o") + ',' + choice("a", "o")) + ',' + o)
                                             << "tree.duplicate_choice" << "q";
        QTest::newRow("every choice guarded")
            << doc("q", question("q", choice("a", "o", R"j({"fact":"tier","op":"exists"})j")) + ',' + o) << "tree.no_fallback" << "q";
        QTest::newRow("info without next") << doc("q", question("q", choice("a", "i")) + R"j(,{"id":"i","type":"info","text":"x"},)j" + o)
                                           << "tree.no_next" << "i";
        QTest::newRow("info with null next")
            << doc("q", question("q", choice("a", "i")) + R"j(,{"id":"i","type":"info","text":"x","next":null},)j" + o)
            << "tree.no_next" << "i";
        QTest::newRow("outcome without recovery") << doc("q", q + R"j(,{"id":"o","type":"outcome","title":"T"})j")
                                                  << "tree.no_recovery" << "o";
        QTest::newRow("outcome with null recovery") << doc("q", q + R"j(,{"id":"o","type":"outcome","title":"T","recovery":null})j")
                                                    << "tree.no_recovery" << "o";
        QTest::newRow("empty kinds") << doc("q", q + ',' + outcome("o", R"j({"kinds":[],"template":"t","root_cause":"r"})j"))
                                     << "tree.no_kinds" << "o";
        QTest::newRow("kinds missing") << doc("q", q + ',' + outcome("o", R"j({"template":"t","root_cause":"r"})j"))
                                       << "tree.no_kinds" << "o";
        QTest::newRow("unknown kind") << doc("q", q + ',' + outcome("o", R"j({"kinds":["cash"],"template":"t","root_cause":"r"})j"))
                                      << "tree.unknown_kind" << "o";
        QTest::newRow("duplicate kind")
            << doc("q", q + ',' + outcome("o", R"j({"kinds":["gesture","gesture"],"template":"t","root_cause":"r"})j"))
            << "tree.duplicate_kind" << "o";
        QTest::newRow("voucher without amount")
            << doc("q", q + ',' + outcome("o", R"j({"kinds":["voucher"],"template":"t","root_cause":"r"})j"))
            << "tree.amount_missing" << "o";
        QTest::newRow("min above suggested")
            << doc("q", q + ',' + outcome("o", voucher(R"j({"suggested":"10.00","min":"12.00","max":"20.00"})j")))
            << "tree.amount_range" << "o";
        QTest::newRow("suggested above max")
            << doc("q", q + ',' + outcome("o", voucher(R"j({"suggested":"30.00","min":"12.00","max":"20.00"})j")))
            << "tree.amount_range" << "o";
        QTest::newRow("unknown start") << doc("q_missing", q + ',' + o) << "tree.unknown_start" << "/start";
        QTest::newRow("dangling choice") << doc("q", question("q", choice("a", "o") + ',' + choice("b", "o_gone")) + ',' + o)
                                         << "tree.dangling_edge" << "q";
        QTest::newRow("dangling info next") << doc("q", question("q", choice("a", "i")) + ',' + info("i", "nowhere") + ',' + o)
                                            << "tree.dangling_edge" << "i";
        QTest::newRow("self-loop") << doc("q", question("q", choice("a", "o") + ',' + choice("again", "q")) + ',' + o)
                                   << "tree.cycle" << "q";
        QTest::newRow("two-node cycle") << doc("q", question("q", choice("a", "i") + ',' + choice("b", "o")) + ',' + info("i", "q") + ',' + o)
                                        << "tree.cycle" << "i";
        QTest::newRow("cycle below the start")
            << doc("q1", question("q1", choice("a", "q2")) + ',' + question("q2", choice("a", "q3") + ',' + choice("b", "o")) + ','
                             + question("q3", choice("back", "q2") + ',' + choice("done", "o")) + ',' + o)
            << "tree.cycle" << "q3";
        QTest::newRow("diamond is not a cycle, unreachable is reported")
            << doc("q", question("q", choice("a", "i1") + ',' + choice("b", "i2")) + ',' + info("i1", "o") + ',' + info("i2", "o") + ','
                            + o + ',' + info("orphan", "o"))
            << "tree.unreachable" << "orphan";
        QTest::newRow("unreachable cycle") << doc("q", q + ',' + o + ',' + info("x", "y") + ',' + info("y", "x"))
                                           << "tree.unreachable" << "x";
        QTest::newRow("10,000-deep chain closed into a cycle") << chain(10000, false, true) << "tree.cycle" << "n9999";

        // Guards: well-typed but meaningless guards name the node.
        QTest::newRow("guard unknown operator") << guarded(R"j({"fact":"tier","op":"=~","value":"gold"})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard in with a string") << guarded(R"j({"fact":"tier","op":"in","value":"gold"})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard in with empty array") << guarded(R"j({"fact":"tier","op":"in","value":[]})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard not_in with an object inside")
            << guarded(R"j({"fact":"tier","op":"not_in","value":["gold",{}]})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard less-than a boolean") << guarded(R"j({"fact":"delay_hours","op":"<","value":true})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard equals an array") << guarded(R"j({"fact":"tier","op":"==","value":["gold"]})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard equals nothing") << guarded(R"j({"fact":"tier","op":"=="})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard exists with a string") << guarded(R"j({"fact":"tier","op":"exists","value":"yes"})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard empty all") << guarded(R"j({"all":[]})j") << "tree.bad_guard" << "q";
        QTest::newRow("guard any mixed with a fact") << guarded(R"j({"any":[{"fact":"a","op":"exists"}],"fact":"b"})j") << "tree.bad_guard" << "q";
        QByteArray tooDeep = R"j({"fact":"tier","op":"exists"})j";
        for (int i = 0; i <= TreeGuard::kMaxDepth; ++i)
            tooDeep = R"j({"all":[)j" + tooDeep + "]}";
        QTest::newRow("guard nested too deep") << guarded(tooDeep) << "tree.bad_guard" << "q";
        QByteArray veryDeep = R"j({"fact":"tier","op":"exists"})j";
        for (int i = 0; i < 500; ++i)
            veryDeep = R"j({"any":[)j" + veryDeep + "]}";
        QTest::newRow("guard nested 500 deep") << guarded(veryDeep) << "tree.bad_guard" << "q";
        QTest::newRow("guard in a bad node names that node")
            << doc("q", question("q", choice("a", "q2")) + ',' + question("q2", choice("a", "o") + ',' + choice("b", "o", R"j({"fact":"x","op":"~"})j")) + ',' + o)
            << "tree.bad_guard" << "q2";
        // Guard member types: JSON pointers.
        QTest::newRow("guard not an object") << guarded(R"j("tier == gold")j") << "json.type" << "/nodes/0/choices/1/guard";
        QTest::newRow("guard fact a number") << guarded(R"j({"fact":1,"op":"exists"})j") << "json.type" << "/nodes/0/choices/1/guard/fact";
        QTest::newRow("guard op missing") << guarded(R"j({"fact":"tier","value":"gold"})j") << "json.missing" << "/nodes/0/choices/1/guard/op";
        QTest::newRow("guard misspelt value") << guarded(R"j({"fact":"tier","op":"==","valeu":"gold"})j")
                                              << "json.unknown_member" << "/nodes/0/choices/1/guard/valeu";
        QTest::newRow("guard all not an array") << guarded(R"j({"all":{"fact":"tier","op":"exists"}})j")
                                                << "json.type" << "/nodes/0/choices/1/guard/all";
        QTest::newRow("guard all item not an object") << guarded(R"j({"all":[{"fact":"tier","op":"exists"},"x"]})j")
                                                      << "json.type" << "/nodes/0/choices/1/guard/all/1";
        QTest::newRow("nested guard item pointer") << guarded(R"j({"any":[{"all":[{"fact":"tier","op":"exists","x":1}]}]})j")
                                                   << "json.unknown_member" << "/nodes/0/choices/1/guard/any/0/all/0/x";

        // The first problem wins: a member error in node 3 is reported before a dangling edge in node 0.
        QTest::newRow("member error before graph error")
            << doc("q", question("q", choice("a", "gone") + ',' + choice("b", "o")) + ',' + o + R"j(,{"id":"x","type":"info","text":1,"next":"o"})j")
            << "json.type" << "/nodes/2/text";
    }

    void invalidTree_reportsFirstProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const Result<DecisionTree> tree = DecisionTree::parse(json);
        QVERIFY2(!tree.ok(), "the tree must be refused");
        QCOMPARE(tree.error().code, code);
        if (!where.isEmpty() || code != QLatin1String("json.syntax"))
            QCOMPARE(tree.error().where, where);
        QVERIFY2(!tree.error().message.isEmpty(), "an error must say what was wrong");
    }

    void cycleMessage_namesBothEnds()
    {
        const Result<DecisionTree> tree =
            DecisionTree::parse(doc("q", question("q", choice("a", "i") + ',' + choice("b", "o")) + ',' + info("i", "q") + ',' + outcome("o")));
        QVERIFY(!tree.ok());
        QVERIFY2(tree.error().message.contains(QLatin1String("\"q\"")), qPrintable(tree.error().message));
        QCOMPARE(tree.error().toString().left(3), QStringLiteral("i: "));
    }

    void guard_evaluatesFacts_data()
    {
        QTest::addColumn<QByteArray>("guard");
        QTest::addColumn<QByteArray>("facts");
        QTest::addColumn<bool>("expected");

        QTest::newRow("== string") << QByteArray(R"j({"fact":"channel","op":"==","value":"phone"})j") << QByteArray(R"j({"channel":"phone"})j") << true;
        QTest::newRow("== other string") << QByteArray(R"j({"fact":"channel","op":"==","value":"phone"})j") << QByteArray(R"j({"channel":"chat"})j") << false;
        QTest::newRow("== is case-sensitive") << QByteArray(R"j({"fact":"channel","op":"==","value":"phone"})j") << QByteArray(R"j({"channel":"Phone"})j") << false;
        QTest::newRow("== number") << QByteArray(R"j({"fact":"delay_hours","op":"==","value":30})j") << QByteArray(R"j({"delay_hours":30.0})j") << true;
        QTest::newRow("== bool") << QByteArray(R"j({"fact":"repeat","op":"==","value":true})j") << QByteArray(R"j({"repeat":true})j") << true;
        QTest::newRow("== string vs number") << QByteArray(R"j({"fact":"delay_hours","op":"==","value":30})j") << QByteArray(R"j({"delay_hours":"30"})j") << false;
        QTest::newRow("!= different") << QByteArray(R"j({"fact":"line","op":"!=","value":"parcel"})j") << QByteArray(R"j({"line":"car_rental"})j") << true;
        QTest::newRow("!= same") << QByteArray(R"j({"fact":"line","op":"!=","value":"parcel"})j") << QByteArray(R"j({"line":"parcel"})j") << false;
        QTest::newRow("!= other type") << QByteArray(R"j({"fact":"line","op":"!=","value":"parcel"})j") << QByteArray(R"j({"line":7})j") << true;
        QTest::newRow("!= missing fact") << QByteArray(R"j({"fact":"line","op":"!=","value":"parcel"})j") << QByteArray("{}") << false;
        QTest::newRow("< below") << QByteArray(R"j({"fact":"delay_hours","op":"<","value":24})j") << QByteArray(R"j({"delay_hours":23.5})j") << true;
        QTest::newRow("< equal") << QByteArray(R"j({"fact":"delay_hours","op":"<","value":24})j") << QByteArray(R"j({"delay_hours":24})j") << false;
        QTest::newRow("<= equal") << QByteArray(R"j({"fact":"delay_hours","op":"<=","value":24})j") << QByteArray(R"j({"delay_hours":24})j") << true;
        QTest::newRow("> above") << QByteArray(R"j({"fact":"delay_hours","op":">","value":24})j") << QByteArray(R"j({"delay_hours":30})j") << true;
        QTest::newRow("> negative") << QByteArray(R"j({"fact":"balance","op":">","value":-5})j") << QByteArray(R"j({"balance":-10})j") << false;
        QTest::newRow(">= equal") << QByteArray(R"j({"fact":"delay_hours","op":">=","value":24})j") << QByteArray(R"j({"delay_hours":24})j") << true;
        QTest::newRow(">= below") << QByteArray(R"j({"fact":"delay_hours","op":">=","value":24})j") << QByteArray(R"j({"delay_hours":2})j") << false;
        QTest::newRow(">= string fact vs number") << QByteArray(R"j({"fact":"delay_hours","op":">=","value":24})j") << QByteArray(R"j({"delay_hours":"30"})j") << false;
        QTest::newRow("< strings (ISO dates)") << QByteArray(R"j({"fact":"booked_on","op":"<","value":"2027-01-01"})j") << QByteArray(R"j({"booked_on":"2026-12-24"})j") << true;
        QTest::newRow("> missing fact") << QByteArray(R"j({"fact":"delay_hours","op":">","value":0})j") << QByteArray("{}") << false;
        QTest::newRow("> null fact") << QByteArray(R"j({"fact":"delay_hours","op":">","value":0})j") << QByteArray(R"j({"delay_hours":null})j") << false;
        QTest::newRow("in hit") << QByteArray(R"j({"fact":"tier","op":"in","value":["gold","platinum"]})j") << QByteArray(R"j({"tier":"gold"})j") << true;
        QTest::newRow("in miss") << QByteArray(R"j({"fact":"tier","op":"in","value":["gold","platinum"]})j") << QByteArray(R"j({"tier":"silver"})j") << false;
        QTest::newRow("in numbers") << QByteArray(R"j({"fact":"zone","op":"in","value":[1,2,3]})j") << QByteArray(R"j({"zone":2})j") << true;
        QTest::newRow("in missing fact") << QByteArray(R"j({"fact":"tier","op":"in","value":["gold"]})j") << QByteArray("{}") << false;
        QTest::newRow("not_in hit") << QByteArray(R"j({"fact":"tier","op":"not_in","value":["gold","platinum"]})j") << QByteArray(R"j({"tier":"standard"})j") << true;
        QTest::newRow("not_in miss") << QByteArray(R"j({"fact":"tier","op":"not_in","value":["gold","platinum"]})j") << QByteArray(R"j({"tier":"gold"})j") << false;
        QTest::newRow("not_in missing fact") << QByteArray(R"j({"fact":"tier","op":"not_in","value":["gold"]})j") << QByteArray("{}") << false;
        QTest::newRow("exists present") << QByteArray(R"j({"fact":"order_id","op":"exists"})j") << QByteArray(R"j({"order_id":"NP-1"})j") << true;
        QTest::newRow("exists missing") << QByteArray(R"j({"fact":"order_id","op":"exists"})j") << QByteArray("{}") << false;
        QTest::newRow("exists null") << QByteArray(R"j({"fact":"order_id","op":"exists"})j") << QByteArray(R"j({"order_id":null})j") << false;
        QTest::newRow("exists false, missing") << QByteArray(R"j({"fact":"order_id","op":"exists","value":false})j") << QByteArray("{}") << true;
        QTest::newRow("exists false, present") << QByteArray(R"j({"fact":"order_id","op":"exists","value":false})j") << QByteArray(R"j({"order_id":1})j") << false;
        const QByteArray all = R"j({"all":[{"fact":"channel","op":"==","value":"phone"},{"fact":"delay_hours","op":">=","value":24}]})j";
        QTest::newRow("all true") << all << QByteArray(R"j({"channel":"phone","delay_hours":30})j") << true;
        QTest::newRow("all one false") << all << QByteArray(R"j({"channel":"phone","delay_hours":3})j") << false;
        QTest::newRow("all one missing") << all << QByteArray(R"j({"channel":"phone"})j") << false;
        const QByteArray any = R"j({"any":[{"fact":"tier","op":"in","value":["gold","platinum"]},{"fact":"rentals_12m","op":">=","value":6}]})j";
        QTest::newRow("any first") << any << QByteArray(R"j({"tier":"platinum"})j") << true;
        QTest::newRow("any second") << any << QByteArray(R"j({"tier":"standard","rentals_12m":8})j") << true;
        QTest::newRow("any none") << any << QByteArray(R"j({"tier":"standard","rentals_12m":2})j") << false;
        QTest::newRow("nested any in all")
            << QByteArray(R"j({"all":[{"fact":"line","op":"==","value":"parcel"},{"any":[{"fact":"tier","op":"==","value":"gold"},{"fact":"account_type","op":"==","value":"business"}]}]})j")
            << QByteArray(R"j({"line":"parcel","account_type":"business"})j") << true;
    }

    void guard_evaluatesFacts()
    {
        QFETCH(QByteArray, guard);
        QFETCH(QByteArray, facts);
        QFETCH(bool, expected);
        JsonObjectReader reader(QJsonDocument::fromJson(guard).object(), QStringLiteral("/guard"));
        const TreeGuard parsed = TreeGuard::read(reader, QStringLiteral("q"));
        QVERIFY2(!reader.failed(), qPrintable(reader.failed() ? reader.error()->toString() : QString()));
        QCOMPARE(parsed.evaluate(::facts(facts)), expected);
        // What a guard writes, it reads back the same.
        JsonObjectReader again(parsed.toJson(), QStringLiteral("/guard"));
        QCOMPARE(TreeGuard::read(again, QStringLiteral("q")).evaluate(::facts(facts)), expected);
    }

    void walk_followsAnswers_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QByteArray>("facts");
        QTest::addColumn<QStringList>("path"); // node or node=answer
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("end");      // outcome node, or the next question
        QTest::addColumn<QStringList>("choices");

        const QStringList firstChoices{QStringLiteral("short"), QStringLiteral("long")};
        QTest::newRow("no answers: first question") << QStringList() << QByteArray("{}") << QStringList() << false << "q_first" << firstChoices;
        QTest::newRow("gold sees the vip choice") << QStringList() << QByteArray(R"j({"tier":"gold"})j") << QStringList() << false << "q_first"
                                                  << QStringList{QStringLiteral("short"), QStringLiteral("long"), QStringLiteral("vip")};
        QTest::newRow("one answer to an outcome") << QStringList{QStringLiteral("short")} << QByteArray("{}")
                                                  << QStringList{QStringLiteral("q_first=short"), QStringLiteral("o_small")} << true << "o_small" << QStringList();
        QTest::newRow("info advances by itself") << QStringList{QStringLiteral("long")} << QByteArray("{}")
                                                 << QStringList{QStringLiteral("q_first=long"), QStringLiteral("i_check")} << false << "q_second"
                                                 << QStringList{QStringLiteral("yes"), QStringLiteral("no")};
        QTest::newRow("guard from facts opens a choice") << QStringList{QStringLiteral("long")} << QByteArray(R"j({"channel":"phone","delay_hours":30})j")
                                                         << QStringList{QStringLiteral("q_first=long"), QStringLiteral("i_check")} << false << "q_second"
                                                         << QStringList{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("phone")};
        QTest::newRow("guarded choice taken") << QStringList{QStringLiteral("long"), QStringLiteral("phone")}
                                              << QByteArray(R"j({"channel":"phone","delay_hours":30})j")
                                              << QStringList{QStringLiteral("q_first=long"), QStringLiteral("i_check"), QStringLiteral("q_second=phone"), QStringLiteral("o_apology")}
                                              << true << "o_apology" << QStringList();
        QTest::newRow("full walk") << QStringList{QStringLiteral("long"), QStringLiteral("yes")} << QByteArray("{}")
                                   << QStringList{QStringLiteral("q_first=long"), QStringLiteral("i_check"), QStringLiteral("q_second=yes"), QStringLiteral("o_big")}
                                   << true << "o_big" << QStringList();
        QTest::newRow("answers are trimmed by the caller, not here") << QStringList{QStringLiteral("vip")} << QByteArray(R"j({"tier":"platinum"})j")
                                                                     << QStringList{QStringLiteral("q_first=vip"), QStringLiteral("o_big")} << true << "o_big" << QStringList();
    }

    void walk_followsAnswers()
    {
        QFETCH(QStringList, answers);
        QFETCH(QByteArray, facts);
        QFETCH(QStringList, path);
        QFETCH(bool, complete);
        QFETCH(QString, end);
        QFETCH(QStringList, choices);
        const DecisionTree tree = sample();
        const Result<TreeWalk> walk = tree.walk(answers, ::facts(facts));
        QVERIFY2(walk.ok(), qPrintable(walk.ok() ? QString() : walk.error().toString()));
        QStringList steps;
        for (const TreeWalk::Step &step : walk->path)
            steps.append(step.answer.isEmpty() ? step.node : step.node + u'=' + step.answer);
        QCOMPARE(steps, path);
        QCOMPARE(walk->complete, complete);
        QCOMPARE(complete ? walk->outcomeNode : walk->nextNode, end);
        QStringList available;
        for (const TreeWalk::Choice &choice : walk->nextChoices)
            available.append(choice.id);
        QCOMPARE(available, choices);
        QCOMPARE(walk->treeId, QStringLiteral("test_tree"));
        QCOMPARE(walk->treeVersion, 2);
    }

    void walk_backtrackingIsAShorterAnswerList()
    {
        const DecisionTree tree = sample();
        const QStringList full{QStringLiteral("long"), QStringLiteral("no")};
        const Result<TreeWalk> done = tree.walk(full, {});
        QVERIFY(done.ok() && done->complete);
        QCOMPARE(done->outcomeNode, QStringLiteral("o_small"));
        const Result<TreeWalk> back = tree.walk(full.mid(0, 1), {});
        QVERIFY(back.ok());
        QVERIFY(!back->complete);
        QCOMPARE(back->nextNode, QStringLiteral("q_second"));
        QCOMPARE(back->nextText, QStringLiteral("Question q_second?"));
        const Result<TreeWalk> other = tree.walk({QStringLiteral("long"), QStringLiteral("yes")}, {});
        QCOMPARE(other->outcomeNode, QStringLiteral("o_big"));
    }

    void walk_outcomeCarriesRecovery()
    {
        const Result<TreeWalk> walk = sample().walk({QStringLiteral("long"), QStringLiteral("yes")}, {});
        QVERIFY(walk.ok());
        QCOMPARE(walk->outcomeTitle, QStringLiteral("Outcome o_big"));
        const TreeRecovery &recovery = walk->recovery;
        QCOMPARE(recovery.kinds, (QList<CompensationKind>{CompensationKind::Refund, CompensationKind::Voucher}));
        QCOMPARE(recovery.suggested->toString(), QStringLiteral("USD 50.00"));
        QCOMPARE(recovery.minimum->toString(), QStringLiteral("USD 30.00"));
        QCOMPARE(recovery.maximum->toString(), QStringLiteral("USD 80.00"));
        QCOMPARE(recovery.templateId, QStringLiteral("late_delivery_apology"));
        QCOMPARE(recovery.rootCause, QStringLiteral("depot_capacity"));
        QCOMPARE(recovery.note, QStringLiteral("Check the scans."));

        const QJsonObject json = walk->toJson();
        QCOMPARE(json.value(QLatin1String("complete")).toBool(), true);
        const QJsonObject amount = json[QLatin1String("outcome")][QLatin1String("recovery")][QLatin1String("amount")].toObject();
        QCOMPARE(amount.value(QLatin1String("suggested")).toString(), QStringLiteral("50.00"));
        QCOMPARE(amount.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(json[QLatin1String("path")].toArray().size(), 4);
        QVERIFY(!json[QLatin1String("path")][1].toObject().contains(QLatin1String("answer")));

        const Result<TreeWalk> apology = sample().walk({QStringLiteral("long"), QStringLiteral("phone")},
                                                       facts(R"j({"channel":"phone","delay_hours":24})j"));
        QVERIFY(apology.ok());
        QVERIFY(!apology->recovery.suggested.has_value());
        QVERIFY(!apology->toJson()[QLatin1String("outcome")][QLatin1String("recovery")].toObject().contains(QLatin1String("amount")));
    }

    void walk_refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QByteArray>("facts");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unknown answer") << QStringList{QStringLiteral("sideways")} << QByteArray("{}") << "walk.invalid_answer" << "q_first"
                                        << "\"short\", \"long\"";
        QTest::newRow("guarded-out answer") << QStringList{QStringLiteral("vip")} << QByteArray(R"j({"tier":"silver"})j") << "walk.invalid_answer"
                                            << "q_first" << "not available";
        QTest::newRow("guard needs every fact") << QStringList{QStringLiteral("long"), QStringLiteral("phone")} << QByteArray(R"j({"channel":"phone"})j")
                                                << "walk.invalid_answer" << "q_second" << "\"yes\", \"no\"";
        QTest::newRow("answer at a later question") << QStringList{QStringLiteral("long"), QStringLiteral("short")} << QByteArray("{}")
                                                    << "walk.invalid_answer" << "q_second" << "short";
        QTest::newRow("empty answer") << QStringList{QString()} << QByteArray("{}") << "walk.invalid_answer" << "q_first" << "choose one of";
        QTest::newRow("answer after the outcome") << QStringList{QStringLiteral("short"), QStringLiteral("more")} << QByteArray("{}")
                                                  << "walk.extra_answers" << "o_small" << "\"more\"";
        QTest::newRow("array fact") << QStringList() << QByteArray(R"j({"tier":["gold"]})j") << "walk.bad_fact" << "tier" << "tier";
        QTest::newRow("object fact") << QStringList() << QByteArray(R"j({"case":{"id":1}})j") << "walk.bad_fact" << "case" << "case";
    }

    void walk_refusesBadInput()
    {
        QFETCH(QStringList, answers);
        QFETCH(QByteArray, facts);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QString, mentions);
        const Result<TreeWalk> walk = sample().walk(answers, ::facts(facts));
        QVERIFY2(!walk.ok(), "the walk must be refused");
        QCOMPARE(walk.error().code, code);
        QCOMPARE(walk.error().where, where);
        QVERIFY2(walk.error().message.contains(mentions), qPrintable(walk.error().message));
    }

    void availableChoices_filtersByGuard()
    {
        const DecisionTree tree = sample();
        QCOMPARE(tree.availableChoices(QStringLiteral("q_first"), {}).size(), 2);
        const QList<DecisionTree::Choice> gold = tree.availableChoices(QStringLiteral("q_first"), facts(R"j({"tier":"gold"})j"));
        QCOMPARE(gold.size(), 3);
        QCOMPARE(gold.at(2).id, QStringLiteral("vip"));
        QCOMPARE(tree.nodes().at(gold.at(2).next).id, QStringLiteral("o_big"));
        QVERIFY(tree.availableChoices(QStringLiteral("o_big"), {}).isEmpty());
        QVERIFY(tree.availableChoices(QStringLiteral("missing"), {}).isEmpty());
    }

    void deepChain_isValidatedAndWalkedWithoutRecursion_data()
    {
        QTest::addColumn<bool>("questions");
        QTest::newRow("10,000 info nodes") << false;
        QTest::newRow("10,000 questions") << true;
    }

    void deepChain_isValidatedAndWalkedWithoutRecursion()
    {
        QFETCH(bool, questions);
        const int length = 10000;
        const Result<DecisionTree> tree = DecisionTree::parse(chain(length, questions, false));
        QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
        QCOMPARE(tree->nodes().size(), length + 1);
        const QStringList answers = questions ? QStringList(length, QStringLiteral("go")) : QStringList();
        const Result<TreeWalk> walk = tree->walk(answers, {});
        QVERIFY2(walk.ok(), qPrintable(walk.ok() ? QString() : walk.error().toString()));
        QVERIFY(walk->complete);
        QCOMPARE(walk->path.size(), length + 1);
        QCOMPARE(walk->outcomeNode, QStringLiteral("o"));
    }

    void seedTrees_areValid_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/trees"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 4, "the demo organisation ships at least four trees");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void seedTrees_areValid()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<DecisionTree> tree = DecisionTree::parse(file.readAll());
        QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
        QVERIFY2(tree->nodes().size() >= 15, "seed trees are realistic, not toys");
        QCOMPARE(tree->currency().code(), QStringLiteral("USD"));
        QCOMPARE(tree->id() + QStringLiteral(".json"), QFileInfo(path).fileName());
        // Only templates that exist in the demo organisation.
        static const QStringList templates{
            QStringLiteral("late_delivery_apology"), QStringLiteral("missed_delivery_redelivery"),
            QStringLiteral("damaged_parcel_replacement"), QStringLiteral("lost_parcel_refund"),
            QStringLiteral("parcel_left_in_rain"), QStringLiteral("driver_conduct_apology"),
            QStringLiteral("vehicle_breakdown_recovery"), QStringLiteral("vehicle_condition_apology"),
            QStringLiteral("counter_wait_apology"), QStringLiteral("billing_error_correction"),
            QStringLiteral("compensation_pending_approval"), QStringLiteral("goodwill_gesture_note"),
            QStringLiteral("vehicle_recovery_arranged"), QStringLiteral("delivery_delay_update")};
        for (const DecisionTree::Node &node : tree->nodes()) {
            if (node.type == DecisionTree::NodeType::Outcome)
                QVERIFY2(templates.contains(node.recovery.templateId), qPrintable(node.id + u' ' + node.recovery.templateId));
        }
        // Every outcome can be reached by some walk: follow every path breadth-first with permissive facts.
        const QJsonObject everyone = facts(R"j({"tier":"platinum","delay_hours":48,"rentals_12m":10,"account_type":"business",
            "late_parcels_90d":2,"parcel_protection":true,"declared_value":200,"brand":"swift_cars","express_member":true})j");
        QSet<QString> reached;
        QList<QStringList> pending{QStringList()};
        while (!pending.isEmpty()) {
            const QStringList answers = pending.takeLast();
            const Result<TreeWalk> walk = tree->walk(answers, everyone);
            QVERIFY2(walk.ok(), qPrintable(walk.ok() ? QString() : walk.error().toString()));
            if (walk->complete) {
                reached.insert(walk->outcomeNode);
                continue;
            }
            for (const TreeWalk::Choice &choice : walk->nextChoices)
                pending.append(answers + QStringList{choice.id});
        }
        QCOMPARE(reached.size(), tree->count(DecisionTree::NodeType::Outcome));
    }
};

QTEST_GUILESS_MAIN(TestDecisionTree)
#include "tst_decisiontree.moc"
