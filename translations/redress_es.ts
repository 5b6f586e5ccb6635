<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Channel</name>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationKind</name>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gesture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationPolicy</name>
    <message>
        <source>&quot;%1&quot; is not one of the approval levels in /approval_levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries; a policy may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;; expected an ISO 4217 code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare at least one failure category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the roles that may grant compensation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare at least one approval level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot approve; use senior_agent, lead, manager or director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval levels must go up the hierarchy: %1 does not rank above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last approval level may leave out &quot;up_to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each level&apos;s &quot;up_to&quot; must be higher than the level before (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hit policy &quot;%1&quot;; expected &quot;first&quot; or &quot;priority&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule has either a &quot;limit&quot; or a &quot;deny&quot; reason, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exclusion that tests nothing (no conditions, or only lists naming every value) would deny every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; expected &quot;month&quot; or &quot;quarter&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available to keep your sign-in safely, so Redress will not store it: you will be asked to sign in each time you start Redress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionTree</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree has no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node id is used twice, at /nodes/%1 and /nodes/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question has no choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice id &quot;%1&quot; is used twice in this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every choice of this question has a guard; add one without a guard, so that a walk never stops with nothing to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The info node has no &quot;next&quot; node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome has no recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery needs at least one kind: refund, voucher, points, upgrade, fee_waiver or gesture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recovery kind &quot;%1&quot;; expected refund, voucher, points, upgrade, fee_waiver or gesture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kind &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must satisfy min &lt;= suggested &lt;= max; got min %1, suggested %2, max %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery that gives more than a gesture needs an &quot;amount&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown node type &quot;%1&quot;; expected question, info or outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start node &quot;%1&quot; is not in this tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next&quot; leads to &quot;%1&quot;, which is not a node in this tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice &quot;%1&quot; leads to &quot;%2&quot;, which is not a node in this tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice &quot;%1&quot; leads back to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next&quot; leads back to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which closes a cycle; every path must end at an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path from the start node &quot;%1&quot; reaches this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact &quot;%1&quot; is an array or object; a fact must be a string, number, boolean or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk reached this outcome; answer %1 (&quot;%2&quot;) and any after it have no question to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available for these case facts; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of this question; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDocumentParser</name>
    <message>
        <source>The document is %1 bytes; the limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;format&quot; member is missing; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format %1; this version of Redress reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>Unknown member &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required member is missing; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to 64 lower-case letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an amount as a decimal string such as &quot;50.00&quot; (numbers would lose precision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an amount as a decimal string such as &quot;50.00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerkleHash</name>
    <message>
        <source>A tree cannot have a negative size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tree of %1 leaves needs %2 subtree hashes, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtree hash %1 has %2 bytes; expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large: amounts are limited to %1 minor units (2^53) either side of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;; expected an ISO 4217 code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount such as 80.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s), the most %2 allows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with a currency such as USD 80.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be a string such as &quot;USD&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minor&quot; must be a whole number of minor units.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEngine</name>
    <message>
        <source>%1 limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no discretionary limit for role %1, kind %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown failure category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is in %1; the request is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; the policy covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy caps what a customer receives in %1 days; say what this customer received in them (zero if nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy reviews repeat payouts in %1 days; say how many compensations this customer received in them (zero if none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has a daily budget per actor; say what this actor granted today (zero if nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has team budgets; say what the team spent this period (zero if nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running totals must be zero or more, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout count must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 cannot grant compensation under this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget: %1 of %2 already granted today; this would make %3 → needs %4 approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer cap: %1 customers may receive %2 in %3 days; received %4, this would make %5 → needs %6 approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat payout: this would be compensation number %1 in %2 days; review starts at number %3 → needs %4 approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team budget: %1 spent of %2 this %3; this would make %4 → needs %5 approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: above what any approver may grant (%1 up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: no approval level ranks above %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Unknown mode &quot;%1&quot;: use live, demo or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server address &quot;%2&quot; is not an http or https address with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data folder was given for the %1 profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 profile cannot use %2: that is the live server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile runs its own server on this computer; %1 is not a local address (use 127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server %1 is not on this computer and the live server is not known, so Redress cannot make sure the sandbox is not the live server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server %1 is on the same host as the live server %2; a sandbox must run on a separate training server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 profile only talks to %2; the request to %3 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryTemplate</name>
    <message>
        <source>A template needs at least one variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 variants; a template has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; expected email, chat or sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale tag such as en, es or es-MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second %1 variant for &quot;%2&quot; (the first is /variants/%3); each channel and locale has one variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only email messages have a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters before any placeholder is filled; the %2 limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderContext</name>
    <message>
        <source>The render data is %1 bytes; the limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The render data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The render data must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCondition</name>
    <message>
        <source>An empty list matches nothing; leave the member out to match any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; declare it in /categories first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; declare it in /regions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty &quot;facts&quot; object tests nothing; leave the member out instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact is matched against a string, number or true/false, or a list of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>is an object; only an amount {minor, currency} can be shown, with | money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a list; a message can show only text, numbers and amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date such as 2024-05-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an amount {minor, currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>&quot;{{&quot; at %1 is never closed with &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty placeholder at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a path such as customer.first_name at %1, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not a valid path: use up to %3 dot-separated snake_case keys such as customer.first_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at %2; expected &quot;|&quot; or &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 filters in the placeholder at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a filter name after &quot;|&quot; at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot; at %2; known filters: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter &quot;default&quot; at %1 needs a quoted text, such as default: &quot;there&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter &quot;truncate&quot; at %1 needs a whole number of characters from 1 to %2, such as truncate: 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; at %2 takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape at %1; only \&quot; and \\ are allowed in a quoted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text quoted at %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters; a field holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject is one line; found a line break at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder at %1 is one too many: a field holds at most %2 placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeGuard</name>
    <message>
        <source>The guard at %1 mixes &quot;all&quot; or &quot;any&quot; with other members; nest fact tests inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard at %1 nests &quot;all&quot;/&quot;any&quot; more than %2 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is empty; it needs at least one guard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot; at %2; expected ==, !=, &lt;, &lt;=, &gt;, &gt;=, in, not_in or exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exists&quot; at %1 takes no value, or true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 needs a non-empty array of strings, numbers or booleans as its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 needs a string, number or boolean as its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 needs a number or a string as its value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Redress service-recovery workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo server on this machine and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo user to sign in as (agent, lead, trainer...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language, e.g. es (saved as the setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redress-server to run for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress</name>
    <message>
        <source>Sequence number %1 is not valid; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number %1 appears a second time where %2 was expected; an entry was copied or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is stored before entry %2; entries were moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2; the entries in between are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it and the entry after it both claim to follow entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of entry %1 was changed after it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not start the chain: its previous hash is not the genesis hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: its previous hash was changed, or entry %2 was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ApprovalQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::AuditChain</name>
    <message>
        <source>The saved tree is empty but a last entry (sequence %1) was given; the tree does not belong to this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last entry has sequence %1 but the saved tree has %2 leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last entry has no valid previous hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has reached its largest sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 entries do not match the published root %2; they hash to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published tree head cannot have a negative size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1 but a root was published for %2 entries; entries were removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::AuditEntry</name>
    <message>
        <source>The time is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is outside 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member; audit entries have a fixed set of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 is not supported; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a UTC time with milliseconds such as &quot;2024-05-01T12:00:00.000Z&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a SHA-256 hash as 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CacheStore</name>
    <message>
        <source>A change from the server has no id or data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline event has no case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand from the server has no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseActions</name>
    <message>
        <source>Sign in first: nobody is signed in on this cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case title has 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is resolved; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most 10,000 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision tree %1 is not cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is email, chat or sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is not cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 has no %2 text for this customer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 message has at most %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject this request: the agent sees your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval request is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot decide your own request; another lead must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request needs a %1 or above (it may have escalated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rejected action not yet sent again can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This compensation cannot be sent again as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseListModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseReader</name>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseWorkspace</name>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the case history (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation sent to a lead for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CompensationPanel</name>
    <message>
        <source>Needs manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs director approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs lead approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a few words (kept on the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this compensation (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensations of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide suggests %1 (from %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide recommends a gesture without money: record it with amount 0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may still grant %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily budget applies to your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, such as 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your limit: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not yet synced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CustomerHeader</name>
    <message>
        <source>%1 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1, %2 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received in the last %n day(s): %1 in %2 payout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat payouts: %1 already in %2 days. Any further compensation goes to a lead for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat payouts: %1 in %2 days. One more reaches the policy&apos;s limit of %3, after which a lead reviews every payout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::DemoServerLauncher</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit status %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not start listening within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redress-server was not found beside redress, in the build tree or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::DemoUserDialog</name>
    <message>
        <source>Redress demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Northwind Mobility&lt;/b&gt; — car rental and parcel delivery, with six months of cases.&lt;br&gt;Whose desk do you want to sit at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daniel Reyes, frontline agent — find cases, walk the guide, grant and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marcus Feld, team lead — approvals, budgets and the team&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Janet Okafor, trainer — practice scenarios in the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::DisplayText</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal gesture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LocalDatabase</name>
    <message>
        <source>The Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 is damaged: %2. Restart Redress to rebuild it from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LocalPolicy</name>
    <message>
        <source>No compensation policy is cached yet: sign in and sync once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LocalSchema</name>
    <message>
        <source>The local cache %1 was written by a newer Redress (schema %2; this version knows up to %3). Update Redress, or move the file away to start a fresh cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LoginDialog</name>
    <message>
        <source>Sign in to Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://redress.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is kept in the system keychain, so you sign in once per shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like https://redress.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their answers from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers, cases and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, case or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: from the search box to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: open the first (or selected) result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: pick that answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: use the recommended recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: add it to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Redress %1&lt;/b&gt;&lt;br&gt;Service-recovery workstation: find the case, walk the guide, grant what your limits allow, send the message — online or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — keep working: %n action(s) will be sent when the server is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) came back from the server with a change or a refusal: see View ▸ Outbox (Ctrl+Shift+O).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::OutboxModel</name>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record guide path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Granted offline; the current policy needs a lead&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ResolutionPanel</name>
    <message>
        <source>Resolve &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the case with this root cause (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oot cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What caused the failure? Leads use this to fix what keeps going wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a root cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a root cause first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The case stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SessionManager</name>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsynced action(s) on this desk. Sign in as %1 to send them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n refused action(s) on this desk not yet seen. Sign in as %1 to review them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended; please sign in again. Unsynced work is kept and sent after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::StartupFlow</name>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo session ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out. Unsynced work stays on this desk and is sent at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SyncEngine</name>
    <message>
        <source>The server could not apply a change; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s change feed went backwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SyncStatusBar</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last sync %n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TemplateComposer</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and record on the case (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates are cached yet: they arrive with the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for %1: shorten it or pick another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: the message is on the case&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TemplateListModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TimelineDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TimelineModel</name>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case resolved (root cause: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision tree %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision tree %1: walk in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation requested, awaiting approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3 (not yet on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TreeGuide</name>
    <message>
        <source>Recommended recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision tree is cached for this kind of case: handle it with your judgement, and the compensation and message tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer fits this case&apos;s facts: check the facts, or go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested %1 (from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TreeWalkModel</name>
    <message>
        <source>No decision tree %1 in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case %1 in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk is complete; go back to a step to change an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no choice %1 for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision tree is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1 in this walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
