<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Channel</name>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>CompensationKind</name>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>cupón</translation>
    </message>
    <message>
        <source>loyalty points</source>
        <translation>puntos de fidelidad</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>mejora de categoría</translation>
    </message>
    <message>
        <source>fee waiver</source>
        <translation>exención de cargo</translation>
    </message>
    <message>
        <source>gesture</source>
        <translation>gesto de cortesía</translation>
    </message>
</context>
<context>
    <name>CompensationPolicy</name>
    <message>
        <source>&quot;%1&quot; is not one of the approval levels in /approval_levels.</source>
        <translation>&quot;%1&quot; no es uno de los niveles de aprobación de /approval_levels.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>No se reconoce el %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 entries; a policy may have at most %2.</source>
        <translation>%1 entradas; una política admite como máximo %2.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;; expected an ISO 4217 code such as USD.</source>
        <translation>Moneda desconocida: &quot;%1&quot;; se esperaba un código ISO 4217, como USD.</translation>
    </message>
    <message>
        <source>Declare at least one failure category.</source>
        <translation>Declare al menos una categoría de falla.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is declared twice.</source>
        <translation>La categoría &quot;%1&quot; está declarada dos veces.</translation>
    </message>
    <message>
        <source>List the roles that may grant compensation.</source>
        <translation>Indique los roles que pueden otorgar compensaciones.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rol desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Declare at least one approval level.</source>
        <translation>Declare al menos un nivel de aprobación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot approve; use senior_agent, lead, manager or director.</source>
        <translation>&quot;%1&quot; no puede aprobar; use senior_agent, lead, manager o director.</translation>
    </message>
    <message>
        <source>Approval levels must go up the hierarchy: %1 does not rank above %2.</source>
        <translation>Los niveles de aprobación deben ascender en la jerarquía: %1 no está por encima de %2.</translation>
    </message>
    <message>
        <source>Only the last approval level may leave out &quot;up_to&quot;.</source>
        <translation>Solo el último nivel de aprobación puede omitir &quot;up_to&quot;.</translation>
    </message>
    <message>
        <source>Each level&apos;s &quot;up_to&quot; must be higher than the level before (%1).</source>
        <translation>El &quot;up_to&quot; de cada nivel debe ser mayor que el del nivel anterior (%1).</translation>
    </message>
    <message>
        <source>Unknown hit policy &quot;%1&quot;; expected &quot;first&quot; or &quot;priority&quot;.</source>
        <translation>Política de coincidencia desconocida: &quot;%1&quot;; se esperaba &quot;first&quot; o &quot;priority&quot;.</translation>
    </message>
    <message>
        <source>A rule has either a &quot;limit&quot; or a &quot;deny&quot; reason, not both and not neither.</source>
        <translation>Una regla tiene un &quot;limit&quot; o un motivo &quot;deny&quot;: ni ambos ni ninguno.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is declared twice.</source>
        <translation>La regla &quot;%1&quot; está declarada dos veces.</translation>
    </message>
    <message>
        <source>An exclusion that tests nothing (no conditions, or only lists naming every value) would deny every request.</source>
        <translation>Una exclusión que no evalúa nada (sin condiciones, o solo con listas que nombran todos los valores) denegaría todas las solicitudes.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; expected &quot;month&quot; or &quot;quarter&quot;.</source>
        <translation>Período desconocido: &quot;%1&quot;; se esperaba &quot;month&quot; o &quot;quarter&quot;.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available to keep your sign-in safely, so Redress will not store it: you will be asked to sign in each time you start Redress.</source>
        <translation>No hay un llavero del sistema disponible para guardar su inicio de sesión de forma segura, así que Redress no lo guardará: se le pedirá que inicie sesión cada vez que abra Redress.</translation>
    </message>
    <message>
        <source>(Keychain said: %1)</source>
        <translation>(Respuesta del llavero: %1)</translation>
    </message>
    <message>
        <source>No saved sign-in for %1.</source>
        <translation>No hay un inicio de sesión guardado para %1.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero: %1</translation>
    </message>
</context>
<context>
    <name>DecisionTree</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD.</source>
        <translation>&quot;%1&quot; no es un código de moneda ISO 4217, como USD.</translation>
    </message>
    <message>
        <source>The tree has no nodes.</source>
        <translation>El árbol no tiene nodos.</translation>
    </message>
    <message>
        <source>The node id is used twice, at /nodes/%1 and /nodes/%2.</source>
        <translation>El id del nodo se usa dos veces, en /nodes/%1 y en /nodes/%2.</translation>
    </message>
    <message>
        <source>The question has no choices.</source>
        <translation>La pregunta no tiene opciones.</translation>
    </message>
    <message>
        <source>The choice id &quot;%1&quot; is used twice in this question.</source>
        <translation>El id de opción &quot;%1&quot; se usa dos veces en esta pregunta.</translation>
    </message>
    <message>
        <source>Every choice of this question has a guard; add one without a guard, so that a walk never stops with nothing to choose.</source>
        <translation>Todas las opciones de esta pregunta tienen una condición; agregue una sin condición, para que un recorrido nunca se detenga sin nada que elegir.</translation>
    </message>
    <message>
        <source>The info node has no &quot;next&quot; node.</source>
        <translation>El nodo informativo no tiene nodo &quot;next&quot;.</translation>
    </message>
    <message>
        <source>The outcome has no recovery.</source>
        <translation>El resultado no tiene recuperación.</translation>
    </message>
    <message>
        <source>The recovery needs at least one kind: refund, voucher, points, upgrade, fee_waiver or gesture.</source>
        <translation>La recuperación necesita al menos un tipo: refund, voucher, points, upgrade, fee_waiver o gesture.</translation>
    </message>
    <message>
        <source>Unknown recovery kind &quot;%1&quot;; expected refund, voucher, points, upgrade, fee_waiver or gesture.</source>
        <translation>Tipo de recuperación desconocido: &quot;%1&quot;; se esperaba refund, voucher, points, upgrade, fee_waiver o gesture.</translation>
    </message>
    <message>
        <source>The recovery kind &quot;%1&quot; is listed twice.</source>
        <translation>El tipo de recuperación &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>The amount must satisfy min &lt;= suggested &lt;= max; got min %1, suggested %2, max %3.</source>
        <translation>El monto debe cumplir min &lt;= suggested &lt;= max; se recibió min %1, suggested %2, max %3.</translation>
    </message>
    <message>
        <source>A recovery that gives more than a gesture needs an &quot;amount&quot;.</source>
        <translation>Una recuperación que otorga más que un gesto necesita un &quot;amount&quot;.</translation>
    </message>
    <message>
        <source>Unknown node type &quot;%1&quot;; expected question, info or outcome.</source>
        <translation>Tipo de nodo desconocido: &quot;%1&quot;; se esperaba question, info u outcome.</translation>
    </message>
    <message>
        <source>The start node &quot;%1&quot; is not in this tree.</source>
        <translation>El nodo inicial &quot;%1&quot; no está en este árbol.</translation>
    </message>
    <message>
        <source>&quot;next&quot; leads to &quot;%1&quot;, which is not a node in this tree.</source>
        <translation>&quot;next&quot; lleva a &quot;%1&quot;, que no es un nodo de este árbol.</translation>
    </message>
    <message>
        <source>The choice &quot;%1&quot; leads to &quot;%2&quot;, which is not a node in this tree.</source>
        <translation>La opción &quot;%1&quot; lleva a &quot;%2&quot;, que no es un nodo de este árbol.</translation>
    </message>
    <message>
        <source>The choice &quot;%1&quot; leads back to &quot;%2&quot;</source>
        <translation>La opción &quot;%1&quot; vuelve a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;next&quot; leads back to &quot;%1&quot;</source>
        <translation>&quot;next&quot; vuelve a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, which closes a cycle; every path must end at an outcome.</source>
        <translation>%1, lo que cierra un ciclo; todo camino debe terminar en un resultado.</translation>
    </message>
    <message>
        <source>No path from the start node &quot;%1&quot; reaches this node.</source>
        <translation>Ningún camino desde el nodo inicial &quot;%1&quot; llega a este nodo.</translation>
    </message>
    <message>
        <source>The fact &quot;%1&quot; is an array or object; a fact must be a string, number, boolean or null.</source>
        <translation>El dato &quot;%1&quot; es un arreglo u objeto; un dato debe ser una cadena, un número, un booleano o null.</translation>
    </message>
    <message>
        <source>The walk reached this outcome; answer %1 (&quot;%2&quot;) and any after it have no question to answer.</source>
        <translation>El recorrido llegó a este resultado; la respuesta %1 (&quot;%2&quot;) y las siguientes no tienen pregunta que responder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available for these case facts; choose one of: %2.</source>
        <translation>&quot;%1&quot; no está disponible con estos datos del caso; elija una de: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of this question; choose one of: %2.</source>
        <translation>&quot;%1&quot; no es una opción de esta pregunta; elija una de: %2.</translation>
    </message>
</context>
<context>
    <name>JsonDocumentParser</name>
    <message>
        <source>The document is %1 bytes; the limit is %2 bytes.</source>
        <translation>El documento ocupa %1 bytes; el límite es de %2 bytes.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>El documento está vacío.</translation>
    </message>
    <message>
        <source>The document must be a JSON object.</source>
        <translation>El documento debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Malformed JSON: %1.</source>
        <translation>JSON mal formado: %1.</translation>
    </message>
    <message>
        <source>The &quot;format&quot; member is missing; expected %1.</source>
        <translation>Falta el campo &quot;format&quot;; se esperaba %1.</translation>
    </message>
    <message>
        <source>Unsupported format %1; this version of Redress reads format %2.</source>
        <translation>El formato %1 no es compatible; esta versión de Redress lee el formato %2.</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>Unknown member &quot;%1&quot;; expected one of: %2.</source>
        <translation>Campo desconocido: &quot;%1&quot;; se esperaba uno de: %2.</translation>
    </message>
    <message>
        <source>Required member is missing; expected %1.</source>
        <translation>Falta un campo obligatorio; se esperaba %1.</translation>
    </message>
    <message>
        <source>Expected a string.</source>
        <translation>Se esperaba una cadena de texto.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>No debe estar vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to 64 lower-case letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; no es un id válido: use de 1 a 64 letras minúsculas, dígitos, &apos;_&apos;, &apos;-&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Se esperaba un número entero.</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3.</source>
        <translation>%1 está fuera de rango; se esperaba de %2 a %3.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Se esperaba true o false.</translation>
    </message>
    <message>
        <source>Expected an array of strings.</source>
        <translation>Se esperaba un arreglo de cadenas.</translation>
    </message>
    <message>
        <source>Expected an array.</source>
        <translation>Se esperaba un arreglo.</translation>
    </message>
    <message>
        <source>Expected an amount as a decimal string such as &quot;50.00&quot; (numbers would lose precision).</source>
        <translation>Se esperaba un monto como cadena decimal, por ejemplo &quot;50.00&quot; (un número perdería precisión).</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>El monto no debe ser negativo.</translation>
    </message>
    <message>
        <source>Expected an amount as a decimal string such as &quot;50.00&quot;.</source>
        <translation>Se esperaba un monto como cadena decimal, por ejemplo &quot;50.00&quot;.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Se esperaba un objeto.</translation>
    </message>
</context>
<context>
    <name>MerkleHash</name>
    <message>
        <source>A tree cannot have a negative size.</source>
        <translation>Un árbol no puede tener un tamaño negativo.</translation>
    </message>
    <message>
        <source>A tree of %1 leaves needs %2 subtree hashes, not %3.</source>
        <translation>Un árbol de %1 hojas necesita %2 hashes de subárbol, no %3.</translation>
    </message>
    <message>
        <source>Subtree hash %1 has %2 bytes; expected %3.</source>
        <translation>El hash de subárbol %1 tiene %2 bytes; se esperaban %3.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine %1 with %2.</source>
        <translation>No se puede combinar %1 con %2.</translation>
    </message>
    <message>
        <source>The amount is too large: amounts are limited to %1 minor units (2^53) either side of zero.</source>
        <translation>El monto es demasiado grande: los montos se limitan a %1 unidades menores (2^53) a cada lado del cero.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;; expected an ISO 4217 code such as USD.</source>
        <translation>Moneda desconocida: &quot;%1&quot;; se esperaba un código ISO 4217, como USD.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>El monto está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount such as 80.00.</source>
        <translation>&quot;%1&quot; no es un monto decimal, como 80.00.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s), the most %2 allows.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene más de %n decimal, el máximo que admite %2.</numerusform>
            <numerusform>&quot;%1&quot; tiene más de %n decimales, el máximo que admite %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with a currency such as USD 80.00.</source>
        <translation>&quot;%1&quot; no es un monto con moneda, como USD 80.00.</translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be a string such as &quot;USD&quot;.</source>
        <translation>&quot;currency&quot; debe ser una cadena, como &quot;USD&quot;.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>Moneda desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;minor&quot; must be a whole number of minor units.</source>
        <translation>&quot;minor&quot; debe ser un número entero de unidades menores.</translation>
    </message>
</context>
<context>
    <name>PolicyEngine</name>
    <message>
        <source>%1 limit %2</source>
        <translation>límite de %1 %2</translation>
    </message>
    <message>
        <source>no discretionary limit for role %1, kind %2</source>
        <translation>sin límite discrecional para el rol %1 y el tipo %2</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>solicitado %1</translation>
    </message>
    <message>
        <source>within limit</source>
        <translation>dentro del límite</translation>
    </message>
    <message>
        <source>needs %1 approval</source>
        <translation>requiere aprobación de %1</translation>
    </message>
    <message>
        <source>denied — %1</source>
        <translation>denegado — %1</translation>
    </message>
    <message>
        <source>Unknown failure category &quot;%1&quot;.</source>
        <translation>Categoría de falla desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The policy is in %1; the request is in %2.</source>
        <translation>La política está en %1; la solicitud está en %2.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; the policy covers %2.</source>
        <translation>Región desconocida: &quot;%1&quot;; la política cubre %2.</translation>
    </message>
    <message>
        <source>The policy caps what a customer receives in %1 days; say what this customer received in them (zero if nothing).</source>
        <translation>La política limita lo que un cliente recibe en %1 días; indique lo que este cliente recibió en ese lapso (cero si no recibió nada).</translation>
    </message>
    <message>
        <source>The policy reviews repeat payouts in %1 days; say how many compensations this customer received in them (zero if none).</source>
        <translation>La política revisa los pagos repetidos en %1 días; indique cuántas compensaciones recibió este cliente en ese lapso (cero si ninguna).</translation>
    </message>
    <message>
        <source>The policy has a daily budget per actor; say what this actor granted today (zero if nothing).</source>
        <translation>La política tiene un presupuesto diario por usuario; indique lo que este usuario otorgó hoy (cero si nada).</translation>
    </message>
    <message>
        <source>The policy has team budgets; say what the team spent this period (zero if nothing).</source>
        <translation>La política tiene presupuestos por equipo; indique lo que el equipo gastó en este período (cero si nada).</translation>
    </message>
    <message>
        <source>Running totals must be zero or more, in %1.</source>
        <translation>Los totales acumulados deben ser cero o más, en %1.</translation>
    </message>
    <message>
        <source>The payout count must be zero or more.</source>
        <translation>El número de pagos debe ser cero o más.</translation>
    </message>
    <message>
        <source>Role %1 cannot grant compensation under this policy.</source>
        <translation>El rol %1 no puede otorgar compensaciones según esta política.</translation>
    </message>
    <message>
        <source>Daily budget: %1 of %2 already granted today; this would make %3 → needs %4 approval.</source>
        <translation>Presupuesto diario: hoy ya se otorgaron %1 de %2; con esta serían %3 → requiere aprobación de %4.</translation>
    </message>
    <message>
        <source>Customer cap: %1 customers may receive %2 in %3 days; received %4, this would make %5 → needs %6 approval.</source>
        <translation>Tope por cliente: los clientes de nivel %1 pueden recibir %2 en %3 días; ha recibido %4, con esta serían %5 → requiere aprobación de %6.</translation>
    </message>
    <message>
        <source>Repeat payout: this would be compensation number %1 in %2 days; review starts at number %3 → needs %4 approval.</source>
        <translation>Pago repetido: esta sería la compensación número %1 en %2 días; la revisión empieza en la número %3 → requiere aprobación de %4.</translation>
    </message>
    <message>
        <source>Team budget: %1 spent of %2 this %3; this would make %4 → needs %5 approval.</source>
        <translation>Presupuesto del equipo: gastado %1 de %2 en el período actual (%3); con esta serían %4 → requiere aprobación de %5.</translation>
    </message>
    <message>
        <source>denied: above what any approver may grant (%1 up to %2)</source>
        <translation>denegado: supera lo que cualquier aprobador puede otorgar (%1 hasta %2)</translation>
    </message>
    <message>
        <source>denied: no approval level ranks above %1</source>
        <translation>denegado: ningún nivel de aprobación está por encima de %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Unknown mode &quot;%1&quot;: use live, demo or sandbox.</source>
        <translation>Modo desconocido: &quot;%1&quot;; use live, demo o sandbox.</translation>
    </message>
    <message>
        <source>The %1 server address &quot;%2&quot; is not an http or https address with a host.</source>
        <translation>La dirección del servidor %1 &quot;%2&quot; no es una dirección http o https con un host.</translation>
    </message>
    <message>
        <source>No data folder was given for the %1 profile.</source>
        <translation>No se indicó una carpeta de datos para el perfil %1.</translation>
    </message>
    <message>
        <source>The %1 profile cannot use %2: that is the live server.</source>
        <translation>El perfil %1 no puede usar %2: es el servidor de producción.</translation>
    </message>
    <message>
        <source>The demo profile runs its own server on this computer; %1 is not a local address (use 127.0.0.1, ::1 or localhost).</source>
        <translation>El perfil de demostración ejecuta su propio servidor en esta computadora; %1 no es una dirección local (use 127.0.0.1, ::1 o localhost).</translation>
    </message>
    <message>
        <source>The sandbox server %1 is not on this computer and the live server is not known, so Redress cannot make sure the sandbox is not the live server.</source>
        <translation>El servidor de práctica %1 no está en esta computadora y no se conoce el servidor de producción, así que Redress no puede asegurarse de que el servidor de práctica no sea el de producción.</translation>
    </message>
    <message>
        <source>The sandbox server %1 is on the same host as the live server %2; a sandbox must run on a separate training server.</source>
        <translation>El servidor de práctica %1 está en el mismo host que el servidor de producción %2; el entorno de práctica debe ejecutarse en un servidor de capacitación aparte.</translation>
    </message>
    <message>
        <source>The %1 profile only talks to %2; the request to %3 was refused.</source>
        <translation>El perfil %1 solo se comunica con %2; se rechazó la solicitud a %3.</translation>
    </message>
    <message>
        <source>The %1 server address %2 uses plain http, which would send your password in clear; use https:// (plain http is only for a server on this computer).</source>
        <translation>La dirección del servidor %1 %2 usa http sin cifrar, que enviaría su contraseña a la vista; use https:// (http sin cifrar solo sirve para un servidor en esta computadora).</translation>
    </message>
</context>
<context>
    <name>RecoveryTemplate</name>
    <message>
        <source>A template needs at least one variant.</source>
        <translation>Una plantilla necesita al menos una variante.</translation>
    </message>
    <message>
        <source>%1 variants; a template has at most %2.</source>
        <translation>%1 variantes; una plantilla admite como máximo %2.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; expected email, chat or sms.</source>
        <translation>Canal desconocido: &quot;%1&quot;; se esperaba email, chat o sms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale tag such as en, es or es-MX.</source>
        <translation>&quot;%1&quot; no es una etiqueta de idioma, como en, es o es-MX.</translation>
    </message>
    <message>
        <source>A second %1 variant for &quot;%2&quot; (the first is /variants/%3); each channel and locale has one variant.</source>
        <translation>Una segunda variante de %1 para &quot;%2&quot; (la primera es /variants/%3); cada canal e idioma tiene una sola variante.</translation>
    </message>
    <message>
        <source>Only email messages have a subject.</source>
        <translation>Solo los mensajes de correo electrónico tienen asunto.</translation>
    </message>
    <message>
        <source>The text is %1 characters before any placeholder is filled; the %2 limit is %3.</source>
        <translation>El texto tiene %1 caracteres antes de completar los marcadores; el límite de %2 es %3.</translation>
    </message>
</context>
<context>
    <name>RenderContext</name>
    <message>
        <source>The render data is %1 bytes; the limit is %2 bytes.</source>
        <translation>Los datos para el mensaje ocupan %1 bytes; el límite es de %2 bytes.</translation>
    </message>
    <message>
        <source>The render data is empty.</source>
        <translation>Los datos para el mensaje están vacíos.</translation>
    </message>
    <message>
        <source>The render data must be a JSON object.</source>
        <translation>Los datos para el mensaje deben ser un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>senior agent</source>
        <translation>agente sénior</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>capacitador</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>agente de IA</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integración</translation>
    </message>
</context>
<context>
    <name>RuleCondition</name>
    <message>
        <source>An empty list matches nothing; leave the member out to match any.</source>
        <translation>Una lista vacía no coincide con nada; omita el campo para que coincida con cualquier valor.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>No se reconoce el %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>compensation kind</source>
        <translation>tipo de compensación</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; declare it in /categories first.</source>
        <translation>Categoría desconocida: &quot;%1&quot;; declárela primero en /categories.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; declare it in /regions first.</source>
        <translation>Región desconocida: &quot;%1&quot;; declárela primero en /regions.</translation>
    </message>
    <message>
        <source>An empty &quot;facts&quot; object tests nothing; leave the member out instead.</source>
        <translation>Un objeto &quot;facts&quot; vacío no evalúa nada; mejor omita el campo.</translation>
    </message>
    <message>
        <source>A fact is matched against a string, number or true/false, or a list of them.</source>
        <translation>Un dato se compara con una cadena, un número o true/false, o con una lista de ellos.</translation>
    </message>
</context>
<context>
    <name>ScenarioScorer</name>
    <message>
        <source>Right: %1</source>
        <translation>Correcto: %1</translation>
    </message>
    <message>
        <source>You answered &quot;%1&quot;; the right answer is &quot;%2&quot;. %3 %4</source>
        <translation>Respondió &quot;%1&quot;; la respuesta correcta es &quot;%2&quot;. %3 %4</translation>
    </message>
    <message>
        <source>You stopped before this question. %1</source>
        <translation>Se detuvo antes de esta pregunta. %1</translation>
    </message>
    <message>
        <source>Not reached on the expected path after the step %1.</source>
        <translation>No se alcanzó por el camino esperado después del paso %1.</translation>
    </message>
    <message>
        <source>You followed the recommended path to &quot;%1&quot;.</source>
        <translation>Siguió el camino recomendado hasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Paso %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) past the outcome &quot;%1&quot;: the walk ends there.</source>
        <translation>
            <numerusform>%n respuesta más allá del resultado &quot;%1&quot;: el recorrido termina ahí.</numerusform>
            <numerusform>%n respuestas más allá del resultado &quot;%1&quot;: el recorrido termina ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right: this case calls for an apology without money.</source>
        <translation>Correcto: este caso requiere una disculpa sin dinero.</translation>
    </message>
    <message>
        <source>This case calls for an apology without money; you offered %1 %2.</source>
        <translation>Este caso requiere una disculpa sin dinero; ofreció %1 %2.</translation>
    </message>
    <message>
        <source>The customer is owed compensation: %1 between %2 and %3.</source>
        <translation>Al cliente le corresponde una compensación: %1 por un monto entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 does not fit this case; offer %2.</source>
        <translation>No corresponde ofrecer %1 en este caso; ofrezca %2.</translation>
    </message>
    <message>
        <source>%1 is outside the acceptable range %2–%3.</source>
        <translation>%1 está fuera del rango aceptable %2–%3.</translation>
    </message>
    <message>
        <source>When the right amount is over your limit, request approval; do not cut the amount to stay under it.</source>
        <translation>Cuando el monto correcto supera su límite, solicite aprobación; no reduzca el monto para quedar por debajo.</translation>
    </message>
    <message>
        <source>Policy breach: %1</source>
        <translation>Incumplimiento de la política: %1</translation>
    </message>
    <message>
        <source>Right to request approval: %1</source>
        <translation>Hizo bien en solicitar aprobación: %1</translation>
    </message>
    <message>
        <source>Policy breach: you granted it, but it needed %1 approval (%2). Request approval instead.</source>
        <translation>Incumplimiento de la política: la otorgó, pero requería aprobación de %1 (%2). En su lugar, solicite aprobación.</translation>
    </message>
    <message>
        <source>No approval was needed: %1 is within your limit of %2; grant it yourself.</source>
        <translation>No hacía falta aprobación: %1 está dentro de su límite de %2; otórguela directamente.</translation>
    </message>
    <message>
        <source>Right: %1 %2 is within the acceptable range and your limits.</source>
        <translation>Correcto: %1 de %2, dentro del rango aceptable y de sus límites.</translation>
    </message>
    <message>
        <source>Right template: &quot;%1&quot;.</source>
        <translation>Plantilla correcta: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No message was sent; the customer expected &quot;%1&quot;.</source>
        <translation>No se envió ningún mensaje; el cliente esperaba &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the message for this case; send &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; no es el mensaje para este caso; envíe &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Right root cause: &quot;%1&quot;.</source>
        <translation>Causa raíz correcta: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The root cause is &quot;%1&quot;, not &quot;%2&quot;: analysts count failures by it.</source>
        <translation>La causa raíz es &quot;%1&quot;, no &quot;%2&quot;: los analistas la usan para contabilizar las fallas.</translation>
    </message>
    <message>
        <source>%1 s, within the target of %2 s.</source>
        <translation>%1 s, dentro del objetivo de %2 s.</translation>
    </message>
    <message>
        <source>%1 s, over the target of %2 s.</source>
        <translation>%1 s, por encima del objetivo de %2 s.</translation>
    </message>
    <message>
        <source>%1 s, more than twice the target of %2 s.</source>
        <translation>%1 s, más del doble del objetivo de %2 s.</translation>
    </message>
    <message>
        <source>No root cause was given; it is &quot;%1&quot;: analysts count failures by it.</source>
        <translation>No se indicó la causa raíz; es &quot;%1&quot;: los analistas la usan para contabilizar las fallas.</translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object: %1</source>
        <translation>La respuesta del servidor no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation>El servidor devolvió %1 resultados para %2 cambios.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>is an object; only an amount {minor, currency} can be shown, with | money</source>
        <translation>es un objeto; solo se puede mostrar un monto {minor, currency}, con | money</translation>
    </message>
    <message>
        <source>is a list; a message can show only text, numbers and amounts</source>
        <translation>es una lista; un mensaje solo puede mostrar texto, números y montos</translation>
    </message>
    <message>
        <source>is not a date such as 2024-05-14</source>
        <translation>no es una fecha, como 2024-05-14</translation>
    </message>
    <message>
        <source>is not an amount {minor, currency}</source>
        <translation>no es un monto {minor, currency}</translation>
    </message>
    <message>
        <source>is not an amount: %1</source>
        <translation>no es un monto: %1</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>no tiene valor</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>&quot;{{&quot; at %1 is never closed with &quot;}}&quot;.</source>
        <translation>El &quot;{{&quot; en %1 nunca se cierra con &quot;}}&quot;.</translation>
    </message>
    <message>
        <source>Empty placeholder at %1.</source>
        <translation>Marcador vacío en %1.</translation>
    </message>
    <message>
        <source>Expected a path such as customer.first_name at %1, found &quot;%2&quot;.</source>
        <translation>Se esperaba una ruta como customer.first_name en %1; se encontró &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not a valid path: use up to %3 dot-separated snake_case keys such as customer.first_name.</source>
        <translation>&quot;%1&quot; en %2 no es una ruta válida: use hasta %3 claves snake_case separadas por puntos, como customer.first_name.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at %2; expected &quot;|&quot; or &quot;}}&quot;.</source>
        <translation>&quot;%1&quot; inesperado en %2; se esperaba &quot;|&quot; o &quot;}}&quot;.</translation>
    </message>
    <message>
        <source>More than %1 filters in the placeholder at %2.</source>
        <translation>El marcador en %2 tiene más de %1 filtros.</translation>
    </message>
    <message>
        <source>Expected a filter name after &quot;|&quot; at %1.</source>
        <translation>Se esperaba un nombre de filtro después de &quot;|&quot; en %1.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot; at %2; known filters: %3.</source>
        <translation>Filtro desconocido: &quot;%1&quot; en %2; filtros conocidos: %3.</translation>
    </message>
    <message>
        <source>The filter &quot;default&quot; at %1 needs a quoted text, such as default: &quot;there&quot;.</source>
        <translation>El filtro &quot;default&quot; en %1 necesita un texto entre comillas, como default: &quot;cliente&quot;.</translation>
    </message>
    <message>
        <source>The filter &quot;truncate&quot; at %1 needs a whole number of characters from 1 to %2, such as truncate: 40.</source>
        <translation>El filtro &quot;truncate&quot; en %1 necesita un número entero de caracteres de 1 a %2, como truncate: 40.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; at %2 takes no argument.</source>
        <translation>El filtro &quot;%1&quot; en %2 no admite argumentos.</translation>
    </message>
    <message>
        <source>Unknown escape at %1; only \&quot; and \\ are allowed in a quoted text.</source>
        <translation>Secuencia de escape desconocida en %1; en un texto entre comillas solo se permiten \&quot; y \\.</translation>
    </message>
    <message>
        <source>The text quoted at %1 is never closed.</source>
        <translation>El texto entre comillas en %1 nunca se cierra.</translation>
    </message>
    <message>
        <source>The text is %1 characters; a field holds at most %2.</source>
        <translation>El texto tiene %1 caracteres; un campo admite como máximo %2.</translation>
    </message>
    <message>
        <source>A subject is one line; found a line break at %1.</source>
        <translation>El asunto es de una sola línea; hay un salto de línea en %1.</translation>
    </message>
    <message>
        <source>The placeholder at %1 is one too many: a field holds at most %2 placeholders.</source>
        <translation>El marcador en %1 sobra: un campo admite como máximo %2 marcadores.</translation>
    </message>
</context>
<context>
    <name>TextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>Expected &quot;car_rental&quot; or &quot;parcel&quot;.</source>
        <translation>Se esperaba &quot;car_rental&quot; o &quot;parcel&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;easy&quot;, &quot;medium&quot; or &quot;hard&quot;.</source>
        <translation>Se esperaba &quot;easy&quot;, &quot;medium&quot; o &quot;hard&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role such as agent or senior_agent.</source>
        <translation>&quot;%1&quot; no es un rol, como agent o senior_agent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD.</source>
        <translation>&quot;%1&quot; no es un código de moneda ISO 4217, como USD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier: standard, silver, gold or platinum.</source>
        <translation>&quot;%1&quot; no es un nivel: standard, silver, gold o platinum.</translation>
    </message>
    <message>
        <source>Expected a locale tag such as &quot;en&quot; or &quot;es-MX&quot;.</source>
        <translation>Se esperaba una etiqueta de idioma, como &quot;en&quot; o &quot;es-MX&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;phone&quot;, &quot;chat&quot;, &quot;email&quot; or &quot;counter&quot;.</source>
        <translation>Se esperaba &quot;phone&quot;, &quot;chat&quot;, &quot;email&quot; o &quot;counter&quot;.</translation>
    </message>
    <message>
        <source>At most %1 facts.</source>
        <translation>Como máximo %1 datos.</translation>
    </message>
    <message>
        <source>A fact is a string, number, boolean or null, not an array or object.</source>
        <translation>Un dato es una cadena, un número, un booleano o null, no un arreglo ni un objeto.</translation>
    </message>
    <message>
        <source>A scenario needs at least one question to answer.</source>
        <translation>Un escenario necesita al menos una pregunta que responder.</translation>
    </message>
    <message>
        <source>At most %1 steps.</source>
        <translation>Como máximo %1 pasos.</translation>
    </message>
    <message>
        <source>Required member is missing; expected &quot;none&quot; or an object with kinds, min and max.</source>
        <translation>Falta un campo obligatorio; se esperaba &quot;none&quot; o un objeto con kinds, min y max.</translation>
    </message>
    <message>
        <source>Expected &quot;none&quot; or an object with kinds, min and max.</source>
        <translation>Se esperaba &quot;none&quot; o un objeto con kinds, min y max.</translation>
    </message>
    <message>
        <source>List at least one kind, or write &quot;compensation&quot;: &quot;none&quot;.</source>
        <translation>Indique al menos un tipo, o escriba &quot;compensation&quot;: &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Expected a kind: refund, voucher, points, upgrade, fee_waiver or gesture.</source>
        <translation>Se esperaba un tipo: refund, voucher, points, upgrade, fee_waiver o gesture.</translation>
    </message>
    <message>
        <source>The kind is listed twice.</source>
        <translation>El tipo aparece dos veces.</translation>
    </message>
    <message>
        <source>Must be more than zero; write &quot;compensation&quot;: &quot;none&quot; for no money.</source>
        <translation>Debe ser mayor que cero; escriba &quot;compensation&quot;: &quot;none&quot; si no corresponde dinero.</translation>
    </message>
    <message>
        <source>Must not be less than min.</source>
        <translation>No debe ser menor que min.</translation>
    </message>
    <message>
        <source>The model amount must lie between min and max.</source>
        <translation>El monto modelo debe estar entre min y max.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role such as lead.</source>
        <translation>&quot;%1&quot; no es un rol, como lead.</translation>
    </message>
    <message>
        <source>List at least one acceptable template.</source>
        <translation>Indique al menos una plantilla aceptable.</translation>
    </message>
    <message>
        <source>At most %1 templates.</source>
        <translation>Como máximo %1 plantillas.</translation>
    </message>
    <message>
        <source>Expected a template id.</source>
        <translation>Se esperaba un id de plantilla.</translation>
    </message>
    <message>
        <source>The template is listed twice.</source>
        <translation>La plantilla aparece dos veces.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; has no category &quot;%2&quot;.</source>
        <translation>La política &quot;%1&quot; no tiene la categoría &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; belongs to the line &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>La categoría &quot;%1&quot; pertenece a la línea de negocio &quot;%2&quot;, no a &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The policy has no region &quot;%1&quot;; it has %2.</source>
        <translation>La política no tiene la región &quot;%1&quot;; tiene %2.</translation>
    </message>
    <message>
        <source>The scenario is in %1 but the policy in %2.</source>
        <translation>El escenario está en %1, pero la política está en %2.</translation>
    </message>
    <message>
        <source>The scenario names the tree &quot;%1&quot; but was checked against &quot;%2&quot;.</source>
        <translation>El escenario indica el árbol &quot;%1&quot;, pero se verificó con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The scenario is in %1 but the tree in %2.</source>
        <translation>El escenario está en %1, pero el árbol está en %2.</translation>
    </message>
    <message>
        <source>The tree refuses this walk: %1</source>
        <translation>El árbol rechaza este recorrido: %1</translation>
    </message>
    <message>
        <source>The walk stops at the question &quot;%1&quot;; the steps must reach an outcome.</source>
        <translation>El recorrido se detiene en la pregunta &quot;%1&quot;; los pasos deben llegar a un resultado.</translation>
    </message>
    <message>
        <source>This answer is given at the question &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Esta respuesta se da en la pregunta &quot;%1&quot;, no en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The steps lead to the outcome &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Los pasos llevan al resultado &quot;%1&quot;, no a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The outcome records the root cause &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>El resultado registra la causa raíz &quot;%1&quot;, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>No existe la plantilla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The outcome&apos;s template &quot;%1&quot; must be one of the acceptable templates.</source>
        <translation>La plantilla &quot;%1&quot; del resultado debe ser una de las plantillas aceptables.</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; offers money; &quot;none&quot; is for outcomes that offer an apology alone.</source>
        <translation>El resultado &quot;%1&quot; ofrece dinero; &quot;none&quot; es para los resultados que solo ofrecen una disculpa.</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; does not offer %2.</source>
        <translation>El resultado &quot;%1&quot; no ofrece %2.</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; offers no amount; write &quot;compensation&quot;: &quot;none&quot;.</source>
        <translation>El resultado &quot;%1&quot; no ofrece ningún monto; escriba &quot;compensation&quot;: &quot;none&quot;.</translation>
    </message>
    <message>
        <source>The range %1–%2 must lie within the outcome&apos;s %3–%4.</source>
        <translation>El rango %1–%2 debe estar dentro del rango del resultado, %3–%4.</translation>
    </message>
    <message>
        <source>The policy denies the model answer: %1</source>
        <translation>La política deniega la respuesta modelo: %1</translation>
    </message>
    <message>
        <source>The model answer needs %1 approval under the policy (%2); say so with &quot;approval&quot;: &quot;%3&quot;.</source>
        <translation>Según la política, la respuesta modelo requiere aprobación de %1 (%2); indíquelo con &quot;approval&quot;: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The policy allows the model answer without approval (%1).</source>
        <translation>La política permite la respuesta modelo sin aprobación (%1).</translation>
    </message>
</context>
<context>
    <name>TreeGuard</name>
    <message>
        <source>The guard at %1 mixes &quot;all&quot; or &quot;any&quot; with other members; nest fact tests inside it.</source>
        <translation>La condición en %1 mezcla &quot;all&quot; o &quot;any&quot; con otros campos; anide dentro de ella las pruebas de datos.</translation>
    </message>
    <message>
        <source>The guard at %1 nests &quot;all&quot;/&quot;any&quot; more than %2 levels deep.</source>
        <translation>La condición en %1 anida &quot;all&quot;/&quot;any&quot; a más de %2 niveles de profundidad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is empty; it needs at least one guard.</source>
        <translation>&quot;%1&quot; en %2 está vacío; necesita al menos una condición.</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot; at %2; expected ==, !=, &lt;, &lt;=, &gt;, &gt;=, in, not_in or exists.</source>
        <translation>Operador desconocido: &quot;%1&quot; en %2; se esperaba ==, !=, &lt;, &lt;=, &gt;, &gt;=, in, not_in o exists.</translation>
    </message>
    <message>
        <source>&quot;exists&quot; at %1 takes no value, or true or false.</source>
        <translation>&quot;exists&quot; en %1 no lleva valor, o bien lleva true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 needs a non-empty array of strings, numbers or booleans as its value.</source>
        <translation>&quot;%1&quot; en %2 necesita como valor un arreglo no vacío de cadenas, números o booleanos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 needs a string, number or boolean as its value.</source>
        <translation>&quot;%1&quot; en %2 necesita como valor una cadena, un número o un booleano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 needs a number or a string as its value.</source>
        <translation>&quot;%1&quot; en %2 necesita como valor un número o una cadena.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Redress service-recovery workstation.</source>
        <translation>Redress, estación de trabajo para la recuperación del servicio.</translation>
    </message>
    <message>
        <source>Start a demo server on this machine and sign in to it.</source>
        <translation>Inicia un servidor de demostración en este equipo e inicia sesión en él.</translation>
    </message>
    <message>
        <source>Live server URL.</source>
        <translation>URL del servidor de producción.</translation>
    </message>
    <message>
        <source>Folder for the local cache.</source>
        <translation>Carpeta de la caché local.</translation>
    </message>
    <message>
        <source>Interface language, e.g. es (saved as the setting).</source>
        <translation>Idioma de la interfaz, p. ej. es (se guarda en la configuración).</translation>
    </message>
    <message>
        <source>Training sandbox: scenarios on a scratch server of its own (with --server: a class&apos;s training server). Nothing reaches customers.</source>
        <translation>Entorno de capacitación: escenarios en un servidor temporal propio (con --server: el servidor de capacitación de una clase). Nada llega a los clientes.</translation>
    </message>
    <message>
        <source>Demo user to sign in as (agent, lead, trainer; with --training: trainee, trainee2, trainer).</source>
        <translation>Usuario de demostración con el que iniciar sesión (agent, lead, trainer; con --training: trainee, trainee2, trainer).</translation>
    </message>
    <message>
        <source>redress-server to run for --demo and --training.</source>
        <translation>Programa redress-server que se ejecuta con --demo y --training.</translation>
    </message>
</context>
<context>
    <name>redress</name>
    <message>
        <source>Sequence number %1 is not valid; expected %2.</source>
        <translation>El número de secuencia %1 no es válido; se esperaba %2.</translation>
    </message>
    <message>
        <source>Sequence number %1 appears a second time where %2 was expected; an entry was copied or inserted.</source>
        <translation>El número de secuencia %1 aparece por segunda vez donde se esperaba %2; se copió o insertó una entrada.</translation>
    </message>
    <message>
        <source>Entry %1 is stored before entry %2; entries were moved.</source>
        <translation>La entrada %1 está guardada antes de la entrada %2; se movieron entradas.</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2; the entries in between are missing.</source>
        <translation>La entrada %1 sigue a la entrada %2; faltan las entradas intermedias.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it and the entry after it both claim to follow entry %2.</source>
        <translation>Se insertó la entrada %1: tanto ella como la siguiente dicen seguir a la entrada %2.</translation>
    </message>
    <message>
        <source>The content of entry %1 was changed after it was recorded.</source>
        <translation>El contenido de la entrada %1 se modificó después de registrarse.</translation>
    </message>
    <message>
        <source>Entry %1 does not start the chain: its previous hash is not the genesis hash.</source>
        <translation>La entrada %1 no inicia la cadena: su hash anterior no es el hash génesis.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: its previous hash was changed, or entry %2 was altered.</source>
        <translation>La entrada %1 no enlaza con la entrada %2: se cambió su hash anterior o se alteró la entrada %2.</translation>
    </message>
    <message>
        <source>Expected a date such as 2026-11-01.</source>
        <translation>Se esperaba una fecha, como 2026-11-01.</translation>
    </message>
    <message>
        <source>Expected an amount such as {&quot;minor&quot;: 8000, &quot;currency&quot;: &quot;USD&quot;}.</source>
        <translation>Se esperaba un monto, como {&quot;minor&quot;: 8000, &quot;currency&quot;: &quot;USD&quot;}.</translation>
    </message>
    <message>
        <source>The amount is in %1, the report in %2.</source>
        <translation>El monto está en %1, pero el informe está en %2.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>No debe ser negativo.</translation>
    </message>
    <message>
        <source>The server&apos;s dashboard has no valid &quot;%1&quot; block.</source>
        <translation>El tablero del servidor no tiene un bloque &quot;%1&quot; válido.</translation>
    </message>
</context>
<context>
    <name>redress::ApprovalQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>-%1</source>
        <translation>-%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>escalado a %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencido</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
</context>
<context>
    <name>redress::ApprovalsQueue</name>
    <message>
        <source>&amp;Open case</source>
        <translation>A&amp;brir caso</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>&amp;Delegar…</translation>
    </message>
    <message>
        <source>Approval requests, due first on top</source>
        <translation>Solicitudes de aprobación, arriba las que vencen primero</translation>
    </message>
    <message>
        <source>Comment for the agent</source>
        <translation>Comentario para el agente</translation>
    </message>
    <message>
        <source>Comment for the agent (required to reject)</source>
        <translation>Comentario para el agente (obligatorio para rechazar)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Requests waiting for your decision — the one due first on top.</source>
        <translation>Solicitudes que esperan su decisión — arriba, la que vence primero.</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>Siguiente solicitud</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Nothing waiting for you.</source>
        <translation>No tiene nada pendiente.</translation>
    </message>
    <message>
        <source>Pick a request.</source>
        <translation>Elija una solicitud.</translation>
    </message>
    <message>
        <source>%1 %2 for %3 (%4)</source>
        <translation>%2 de %1 para %3 (%4)</translation>
    </message>
    <message>
        <source>Requested by %1 · %2 · case %3: %4 · waiting %5</source>
        <translation>Solicitada por %1 · %2 · caso %3: %4 · en espera: %5</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>SLA: %1 — %2</source>
        <translation>SLA: %1 — %2</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Shift+A)</source>
        <translation>Aprobar (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Reject with the comment above (Ctrl+Shift+X)</source>
        <translation>Rechazar con el comentario de arriba (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Approved: the agent sees it after the next sync.</source>
        <translation>Aprobada: el agente lo verá después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Rejected: the agent sees your comment after the next sync.</source>
        <translation>Rechazada: el agente verá su comentario después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Your approvals go to %1 from %2 until %3.</source>
        <translation>Sus aprobaciones pasan a %1 desde %2 hasta %3.</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensación</translation>
    </message>
</context>
<context>
    <name>redress::AuditChain</name>
    <message>
        <source>The saved tree is empty but a last entry (sequence %1) was given; the tree does not belong to this log.</source>
        <translation>El árbol guardado está vacío, pero se indicó una última entrada (secuencia %1); el árbol no pertenece a este registro.</translation>
    </message>
    <message>
        <source>The last entry has sequence %1 but the saved tree has %2 leaves.</source>
        <translation>La última entrada tiene la secuencia %1, pero el árbol guardado tiene %2 hojas.</translation>
    </message>
    <message>
        <source>The last entry has no valid previous hash.</source>
        <translation>La última entrada no tiene un hash anterior válido.</translation>
    </message>
    <message>
        <source>The audit log has reached its largest sequence number.</source>
        <translation>El registro de auditoría alcanzó su número de secuencia máximo.</translation>
    </message>
    <message>
        <source>The first %1 entries do not match the published root %2; they hash to %3.</source>
        <translation>Las primeras %1 entradas no coinciden con la raíz publicada %2; su hash es %3.</translation>
    </message>
    <message>
        <source>A published tree head cannot have a negative size.</source>
        <translation>Una cabecera de árbol publicada no puede tener un tamaño negativo.</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but a root was published for %2 entries; entries were removed from the end.</source>
        <translation>El registro termina en la entrada %1, pero se publicó una raíz para %2 entradas; se eliminaron entradas del final.</translation>
    </message>
</context>
<context>
    <name>redress::AuditEntry</name>
    <message>
        <source>The time is missing or invalid.</source>
        <translation>Falta la hora o no es válida.</translation>
    </message>
    <message>
        <source>The year %1 is outside 1 to 9999.</source>
        <translation>El año %1 está fuera del rango de 1 a 9999.</translation>
    </message>
    <message>
        <source>The actor is missing.</source>
        <translation>Falta el usuario.</translation>
    </message>
    <message>
        <source>The device is missing.</source>
        <translation>Falta el dispositivo.</translation>
    </message>
    <message>
        <source>The action is missing.</source>
        <translation>Falta la acción.</translation>
    </message>
    <message>
        <source>Unknown member; audit entries have a fixed set of members.</source>
        <translation>Campo desconocido; las entradas de auditoría tienen un conjunto fijo de campos.</translation>
    </message>
    <message>
        <source>Format version %1 is not supported; expected %2.</source>
        <translation>La versión de formato %1 no es compatible; se esperaba %2.</translation>
    </message>
    <message>
        <source>Expected a UTC time with milliseconds such as &quot;2024-05-01T12:00:00.000Z&quot;.</source>
        <translation>Se esperaba una hora UTC con milisegundos, como &quot;2024-05-01T12:00:00.000Z&quot;.</translation>
    </message>
    <message>
        <source>Expected a SHA-256 hash as 64 lower-case hexadecimal digits.</source>
        <translation>Se esperaba un hash SHA-256 de 64 dígitos hexadecimales en minúscula.</translation>
    </message>
</context>
<context>
    <name>redress::BudgetAgentModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The policy sets no daily budget for this role.</source>
        <translation>La política no fija un presupuesto diario para este rol.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>Gastado en este período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Presupuesto diario</translation>
    </message>
    <message>
        <source>Daily budget used</source>
        <translation>Presupuesto diario usado</translation>
    </message>
</context>
<context>
    <name>redress::BudgetReport</name>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>Moneda desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Required member is missing; expected an amount or null.</source>
        <translation>Falta un campo obligatorio; se esperaba un monto o null.</translation>
    </message>
    <message>
        <source>Required member is missing; expected a string.</source>
        <translation>Falta un campo obligatorio; se esperaba una cadena de texto.</translation>
    </message>
    <message>
        <source>Required member is missing; expected a number or null.</source>
        <translation>Falta un campo obligatorio; se esperaba un número o null.</translation>
    </message>
</context>
<context>
    <name>redress::BudgetView</name>
    <message>
        <source>The team whose budget to show</source>
        <translation>El equipo cuyo presupuesto se muestra</translation>
    </message>
    <message>
        <source>Applied this period</source>
        <translation>Aplicado en este período</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <source>Left of the budget</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <source>Spend by agent</source>
        <translation>Gasto por agente</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Spend by tier</source>
        <translation>Gasto por nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Spend by category</source>
        <translation>Gasto por categoría</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Ask the server for this period&apos;s figures again</source>
        <translation>Volver a pedir al servidor las cifras de este período</translation>
    </message>
    <message>
        <source>By agent: this period, and today against the daily budget</source>
        <translation>Por agente: este período, y hoy frente al presupuesto diario</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>Por nivel de cliente</translation>
    </message>
    <message>
        <source>By failure category</source>
        <translation>Por categoría de falla</translation>
    </message>
    <message>
        <source>The budget could not be loaded: %1</source>
        <translation>No se pudo cargar el presupuesto: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>My team (%1)</source>
        <translation>Mi equipo (%1)</translation>
    </message>
    <message>
        <source>Team %1 · %2 to %3</source>
        <translation>Equipo %1 · del %2 al %3</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Spent this period (%1)</source>
        <translation>Gastado en este período (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Hoy (%1)</translation>
    </message>
    <message>
        <source>Daily budget (%1)</source>
        <translation>Presupuesto diario (%1)</translation>
    </message>
    <message>
        <source>Daily budget used</source>
        <translation>Presupuesto diario usado</translation>
    </message>
    <message>
        <source>Spent (%1)</source>
        <translation>Gastado (%1)</translation>
    </message>
    <message>
        <source>Spent %1 this period, %2 waiting for approval. No budget is set for this team.</source>
        <translation>Gastado en este período: %1; en espera de aprobación: %2. Este equipo no tiene un presupuesto fijado.</translation>
    </message>
    <message>
        <source>Over budget: spent %1 of %2 (%3 %), %4 waiting for approval.</source>
        <translation>Presupuesto excedido: gastado %1 de %2 (%3 %); en espera de aprobación: %4.</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %), %4 waiting for approval: %5 left if all are approved.</source>
        <translation>Gastado %1 de %2 (%3 %); en espera de aprobación: %4. Si se aprueba todo, quedan %5.</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %), %4 waiting for approval, %5 left.</source>
        <translation>Gastado %1 de %2 (%3 %); en espera de aprobación: %4; quedan %5.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save these numbers for Excel or a notebook</source>
        <translation>Guardar estas cifras para usarlas en Excel o en un cuaderno de análisis</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>redress::CacheStore</name>
    <message>
        <source>A change from the server has no id or data.</source>
        <translation>Un cambio del servidor no tiene id ni datos.</translation>
    </message>
    <message>
        <source>A timeline event has no case id.</source>
        <translation>Un evento del historial no tiene id de caso.</translation>
    </message>
    <message>
        <source>A brand from the server has no id.</source>
        <translation>Una marca del servidor no tiene id.</translation>
    </message>
</context>
<context>
    <name>redress::CaseActions</name>
    <message>
        <source>Sign in first: nobody is signed in on this cache.</source>
        <translation>Inicie sesión primero: nadie ha iniciado sesión en esta caché.</translation>
    </message>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation>El caso %1 no está en la caché local.</translation>
    </message>
    <message>
        <source>A case title has 1 to 200 characters.</source>
        <translation>El título de un caso tiene de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Elija una categoría.</translation>
    </message>
    <message>
        <source>Customer %1 is not in the local cache.</source>
        <translation>El cliente %1 no está en la caché local.</translation>
    </message>
    <message>
        <source>Case %1 is resolved; reopen it first.</source>
        <translation>El caso %1 está resuelto; primero vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita texto.</translation>
    </message>
    <message>
        <source>A note has at most 10,000 characters; this one has %1.</source>
        <translation>Una nota tiene como máximo 10 000 caracteres; esta tiene %1.</translation>
    </message>
    <message>
        <source>The decision tree %1 is not cached.</source>
        <translation>El árbol de decisión %1 no está en la caché.</translation>
    </message>
    <message>
        <source>A reason has at most 1000 characters.</source>
        <translation>Un motivo tiene como máximo 1000 caracteres.</translation>
    </message>
    <message>
        <source>The channel is email, chat or sms.</source>
        <translation>El canal debe ser email, chat o sms.</translation>
    </message>
    <message>
        <source>The template %1 is not cached.</source>
        <translation>La plantilla %1 no está en la caché.</translation>
    </message>
    <message>
        <source>The template %1 has no %2 text for this customer&apos;s language.</source>
        <translation>La plantilla %1 no tiene texto de %2 para el idioma de este cliente.</translation>
    </message>
    <message>
        <source>Fill %1 before sending.</source>
        <translation>Complete %1 antes de enviar.</translation>
    </message>
    <message>
        <source>A %1 message has at most %2 characters; this one has %3.</source>
        <translation>Un mensaje por %1 tiene como máximo %2 caracteres; este tiene %3.</translation>
    </message>
    <message>
        <source>Choose a root cause.</source>
        <translation>Elija una causa raíz.</translation>
    </message>
    <message>
        <source>Case %1 is already resolved.</source>
        <translation>El caso %1 ya está resuelto.</translation>
    </message>
    <message>
        <source>Say why you reject this request: the agent sees your comment.</source>
        <translation>Indique por qué rechaza esta solicitud: el agente verá su comentario.</translation>
    </message>
    <message>
        <source>This approval request is not in the local cache.</source>
        <translation>Esta solicitud de aprobación no está en la caché local.</translation>
    </message>
    <message>
        <source>This request was already %1.</source>
        <translation>Esta solicitud ya tiene el estado %1.</translation>
    </message>
    <message>
        <source>You cannot decide your own request; another lead must.</source>
        <translation>No puede decidir sobre su propia solicitud; debe hacerlo otro supervisor.</translation>
    </message>
    <message>
        <source>This request needs a %1 or above (it may have escalated).</source>
        <translation>Esta solicitud requiere un %1 o un nivel superior (puede haberse escalado).</translation>
    </message>
    <message>
        <source>Only a rejected action not yet sent again can be sent again.</source>
        <translation>Solo se puede reenviar una acción rechazada que aún no se haya reenviado.</translation>
    </message>
    <message>
        <source>This compensation cannot be sent again as it was.</source>
        <translation>Esta compensación no se puede reenviar tal como estaba.</translation>
    </message>
    <message>
        <source>Name the lead who takes over your approvals.</source>
        <translation>Indique qué supervisor se hará cargo de sus aprobaciones.</translation>
    </message>
    <message>
        <source>Delegate to someone else: these are already your approvals.</source>
        <translation>Delegue en otra persona: estas aprobaciones ya son suyas.</translation>
    </message>
    <message>
        <source>The delegation must end after it starts.</source>
        <translation>La delegación debe terminar después de comenzar.</translation>
    </message>
    <message>
        <source>A delegation lasts at most %1 days.</source>
        <translation>Una delegación dura como máximo %1 días.</translation>
    </message>
    <message>
        <source>Only leads and above have approvals to delegate.</source>
        <translation>Solo los supervisores y cargos superiores tienen aprobaciones que delegar.</translation>
    </message>
</context>
<context>
    <name>redress::CaseListModel</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>redress::CaseReader</name>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation>El caso %1 no está en la caché local.</translation>
    </message>
    <message>
        <source>Customer %1 is not in the local cache.</source>
        <translation>El cliente %1 no está en la caché local.</translation>
    </message>
</context>
<context>
    <name>redress::CaseWorkspace</name>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Historial del caso</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Write a note for the case history (Ctrl+Enter adds it)</source>
        <translation>Escriba una nota para el historial del caso (Ctrl+Enter la agrega)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Co&amp;mpensation</source>
        <translation>C&amp;ompensación</translation>
    </message>
    <message>
        <source>M&amp;essage</source>
        <translation>Mensa&amp;je</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Compensation sent to a lead for approval.</source>
        <translation>Compensación enviada a un supervisor para su aprobación.</translation>
    </message>
    <message>
        <source>Compensation recorded.</source>
        <translation>Compensación registrada.</translation>
    </message>
    <message>
        <source>Message recorded on the case.</source>
        <translation>Mensaje registrado en el caso.</translation>
    </message>
</context>
<context>
    <name>redress::CompensationPanel</name>
    <message>
        <source>Needs manager approval</source>
        <translation>Requiere aprobación del gerente</translation>
    </message>
    <message>
        <source>Needs director approval</source>
        <translation>Requiere aprobación del director</translation>
    </message>
    <message>
        <source>Needs lead approval</source>
        <translation>Requiere aprobación del supervisor</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <source>Compensation kind</source>
        <translation>Tipo de compensación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why, in a few words (kept on the case)</source>
        <translation>Por qué, en pocas palabras (queda en el caso)</translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation>Dictamen de la política</translation>
    </message>
    <message>
        <source>Propose compensation</source>
        <translation>Proponer compensación</translation>
    </message>
    <message>
        <source>Record this compensation (Ctrl+Shift+P)</source>
        <translation>Registrar esta compensación (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Compensations of this case</source>
        <translation>Compensaciones de este caso</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <source>The guide suggests %1 (from %2 to %3).</source>
        <translation>La guía sugiere %1 (de %2 a %3).</translation>
    </message>
    <message>
        <source>The guide recommends a gesture without money: record it with amount 0.00.</source>
        <translation>La guía recomienda un gesto sin dinero: regístrelo con monto 0.00.</translation>
    </message>
    <message>
        <source>You may still grant %1 today.</source>
        <translation>Hoy todavía puede otorgar %1.</translation>
    </message>
    <message>
        <source>No daily budget applies to your role.</source>
        <translation>Su rol no tiene presupuesto diario.</translation>
    </message>
    <message>
        <source>Type an amount, such as 25.00.</source>
        <translation>Escriba un monto, como 25.00.</translation>
    </message>
    <message>
        <source>Within your limit: %1 of %2</source>
        <translation>Dentro de su límite: %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Denegado: %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source> (not yet synced)</source>
        <translation> (aún sin sincronizar)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Mot&amp;ivo</translation>
    </message>
</context>
<context>
    <name>redress::CustomerHeader</name>
    <message>
        <source>%1 tier</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer %1, %2 tier</source>
        <translation>Cliente %1, nivel %2</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>cliente desde %1</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Valor de vida del cliente: %1</translation>
    </message>
    <message>
        <source>Lifetime value unknown</source>
        <translation>Valor de vida del cliente desconocido</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4 · %5</source>
        <translation>Caso %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Repeat payouts: %1 already in %2 days. Any further compensation goes to a lead for review.</source>
        <translation>Pagos repetidos: ya %1 en %2 días. Cualquier otra compensación pasa a revisión de un supervisor.</translation>
    </message>
    <message>
        <source>Repeat payouts: %1 in %2 days. One more reaches the policy&apos;s limit of %3, after which a lead reviews every payout.</source>
        <translation>Pagos repetidos: %1 en %2 días. Uno más alcanza el límite de la política (%3); a partir de ahí, un supervisor revisa cada pago.</translation>
    </message>
    <message>
        <source>Payouts in the last %1 days: %2 (%3)</source>
        <translation>Pagos en los últimos %1 días: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>redress::DashboardReport</name>
    <message>
        <source>Time to resolution</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Repeat contacts after a recovery</source>
        <translation>Contactos repetidos después de una recuperación</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Recovered cases</source>
        <translation>Casos recuperados</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Contactos repetidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Satisfaction before and after recovery</source>
        <translation>Satisfacción antes y después de la recuperación</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Before recovery</source>
        <translation>Antes de la recuperación</translation>
    </message>
    <message>
        <source>After recovery</source>
        <translation>Después de la recuperación</translation>
    </message>
    <message>
        <source>Responses before</source>
        <translation>Respuestas antes</translation>
    </message>
    <message>
        <source>Responses after</source>
        <translation>Respuestas después</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>Goodwill spend by tier</source>
        <translation>Gasto en compensaciones por nivel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Spent (%1)</source>
        <translation>Gastado (%1)</translation>
    </message>
    <message>
        <source>Goodwill spend by category</source>
        <translation>Gasto en compensaciones por categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Goodwill spend against budget</source>
        <translation>Gasto en compensaciones frente al presupuesto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Monto (%1)</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Approval SLA compliance</source>
        <translation>Cumplimiento del SLA de aprobación</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Decided within SLA</source>
        <translation>Decididas dentro del SLA</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Decididas con retraso</translation>
    </message>
    <message>
        <source>Pending, within SLA</source>
        <translation>Pendientes, dentro del SLA</translation>
    </message>
    <message>
        <source>Pending, overdue</source>
        <translation>Pendientes, vencidas</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Root causes (Pareto)</source>
        <translation>Causas raíz (Pareto)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Porcentaje acumulado</translation>
    </message>
    <message>
        <source>Repeat-contact rate</source>
        <translation>Tasa de contactos repetidos</translation>
    </message>
</context>
<context>
    <name>redress::DashboardView</name>
    <message>
        <source>Both lines</source>
        <translation>Ambas líneas de negocio</translation>
    </message>
    <message>
        <source>Car rental</source>
        <translation>Alquiler de autos</translation>
    </message>
    <message>
        <source>Parcel delivery</source>
        <translation>Entrega de paquetes</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>My scope</source>
        <translation>Mi ámbito</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>No se pudo cargar el tablero: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 to %2 · median time to resolution %3 h, 90% within %4 h</source>
        <translation>Del %1 al %2 · mediana del tiempo de resolución: %3 h; el 90 % en %4 h o menos</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart&apos;s numbers for Excel or a notebook</source>
        <translation>Guardar las cifras de este gráfico para usarlas en Excel o en un cuaderno de análisis</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Guardar este gráfico como imagen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>redress::DelegationDialog</name>
    <message>
        <source>Delegate my approvals</source>
        <translation>Delegar mis aprobaciones</translation>
    </message>
    <message>
        <source>Username of the lead who takes over</source>
        <translation>Nombre de usuario del supervisor que se hace cargo</translation>
    </message>
    <message>
        <source>&amp;Lead (username)</source>
        <translation>&amp;Supervisor (usuario)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>The lead you name sees and decides your team&apos;s requests in this period (at most 90 days). You keep yours too.</source>
        <translation>El supervisor que indique verá y decidirá las solicitudes de su equipo durante este período (90 días como máximo). Usted también conserva las suyas.</translation>
    </message>
</context>
<context>
    <name>redress::DemoUserDialog</name>
    <message>
        <source>Redress demo</source>
        <translation>Demostración de Redress</translation>
    </message>
    <message>
        <source>&lt;b&gt;Northwind Mobility&lt;/b&gt; — car rental and parcel delivery, with six months of cases.&lt;br&gt;Whose desk do you want to sit at?</source>
        <translation>&lt;b&gt;Northwind Mobility&lt;/b&gt; — alquiler de autos y entrega de paquetes, con seis meses de casos.&lt;br&gt;¿En el puesto de quién quiere trabajar?</translation>
    </message>
    <message>
        <source>&amp;Daniel Reyes, frontline agent — find cases, walk the guide, grant and send</source>
        <translation>&amp;Daniel Reyes, agente de primera línea — buscar casos, seguir la guía, otorgar y enviar</translation>
    </message>
    <message>
        <source>&amp;Marcus Feld, team lead — approvals, budgets and the team&apos;s cases</source>
        <translation>&amp;Marcus Feld, supervisor — aprobaciones, presupuestos y casos del equipo</translation>
    </message>
    <message>
        <source>&amp;Janet Okafor, trainer — practice scenarios in the sandbox</source>
        <translation>&amp;Janet Okafor, capacitadora — escenarios de práctica en el entorno de capacitación</translation>
    </message>
    <message>
        <source>Redress training sandbox</source>
        <translation>Entorno de capacitación de Redress</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training sandbox&lt;/b&gt; — realistic scenarios on a scratch server of its own; nothing reaches customers.&lt;br&gt;Who is training?</source>
        <translation>&lt;b&gt;Entorno de capacitación&lt;/b&gt; — escenarios realistas en un servidor temporal propio; nada llega a los clientes.&lt;br&gt;¿Quién participa en la capacitación?</translation>
    </message>
    <message>
        <source>&amp;Priya Natarajan, trainee — run scenarios and get scored</source>
        <translation>&amp;Priya Natarajan, participante — practicar escenarios y obtener una calificación</translation>
    </message>
    <message>
        <source>&amp;Tom Becker, trainee — run scenarios and get scored</source>
        <translation>&amp;Tom Becker, participante — practicar escenarios y obtener una calificación</translation>
    </message>
    <message>
        <source>&amp;Janet Okafor, trainer — every trainee&apos;s results, and a reset for the next class</source>
        <translation>&amp;Janet Okafor, capacitadora — resultados de todos los participantes y restablecimiento para la próxima clase</translation>
    </message>
</context>
<context>
    <name>redress::DisplayText</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Cupón</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Puntos de fidelidad</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mejora de categoría</translation>
    </message>
    <message>
        <source>Fee waiver</source>
        <translation>Exención de cargo</translation>
    </message>
    <message>
        <source>Personal gesture</source>
        <translation>Gesto personal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en espera de aprobación</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation>Agente sénior</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Capacitador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>redress::LocalDatabase</name>
    <message>
        <source>The Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged: %2. Restart Redress to rebuild it from the server.</source>
        <translation>La caché local %1 está dañada: %2. Reinicie Redress para reconstruirla desde el servidor.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>La caché %1 está dañada y no se pudo apartar.</translation>
    </message>
</context>
<context>
    <name>redress::LocalPolicy</name>
    <message>
        <source>No compensation policy is cached yet: sign in and sync once.</source>
        <translation>Todavía no hay una política de compensación en la caché: inicie sesión y sincronice una vez.</translation>
    </message>
    <message>
        <source>Case %1 is not in the local cache.</source>
        <translation>El caso %1 no está en la caché local.</translation>
    </message>
</context>
<context>
    <name>redress::LocalSchema</name>
    <message>
        <source>The local cache %1 was written by a newer Redress (schema %2; this version knows up to %3). Update Redress, or move the file away to start a fresh cache.</source>
        <translation>La caché local %1 la escribió una versión más reciente de Redress (esquema %2; esta versión conoce hasta el %3). Actualice Redress o mueva el archivo a otro lugar para empezar con una caché nueva.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Falló la migración %1: %2</translation>
    </message>
</context>
<context>
    <name>redress::LocalServerLauncher</name>
    <message>
        <source>The sandbox server could not be started: %1</source>
        <translation>No se pudo iniciar el servidor de práctica: %1</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped before it was ready (exit status %1). %2</source>
        <translation>El servidor de práctica se detuvo antes de estar listo (código de salida %1). %2</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit status %1). %2</source>
        <translation>El servidor de demostración se detuvo antes de estar listo (código de salida %1). %2</translation>
    </message>
    <message>
        <source>The sandbox server stopped (exit status %1); training cannot go on. %2</source>
        <translation>El servidor de práctica se detuvo (código de salida %1); la capacitación no puede continuar. %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit status %1); the demo cannot go on. %2</source>
        <translation>El servidor de demostración se detuvo (código de salida %1); la demostración no puede continuar. %2</translation>
    </message>
    <message>
        <source>The sandbox server did not start listening within %1 seconds.</source>
        <translation>El servidor de práctica no empezó a aceptar conexiones en %1 segundos.</translation>
    </message>
    <message>
        <source>The demo server did not start listening within %1 seconds.</source>
        <translation>El servidor de demostración no empezó a aceptar conexiones en %1 segundos.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>No hay carpeta temporal para la demostración: %1</translation>
    </message>
    <message>
        <source>Cannot create the sandbox folder %1.</source>
        <translation>No se puede crear la carpeta del entorno de práctica %1.</translation>
    </message>
    <message>
        <source>redress-server was not found beside redress, in the build tree or on PATH.</source>
        <translation>No se encontró redress-server junto a redress, en el árbol de compilación ni en el PATH.</translation>
    </message>
</context>
<context>
    <name>redress::LoginDialog</name>
    <message>
        <source>Sign in to Redress</source>
        <translation>Iniciar sesión en Redress</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://redress.example.com</source>
        <translation>https://redress.example.com</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Your session is kept in the system keychain, so you sign in once per shift.</source>
        <translation>Su sesión se guarda en el llavero del sistema, así que solo inicia sesión una vez por turno.</translation>
    </message>
    <message>
        <source>The server address must look like https://redress.example.com.</source>
        <translation>La dirección del servidor debe tener la forma https://redress.example.com.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Escriba su nombre de usuario y contraseña.</translation>
    </message>
</context>
<context>
    <name>redress::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Actions and their answers from the server</source>
        <translation>Acciones y respuestas del servidor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Redress — %1</source>
        <translation>Redress — %1</translation>
    </message>
    <message>
        <source>Search customers, cases and notes</source>
        <translation>Buscar clientes, casos y notas</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, case or reference (Ctrl+F)</source>
        <translation>Buscar por nombre, correo, teléfono, caso o referencia (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>Mi cola</translation>
    </message>
    <message>
        <source>The customer&apos;s cases</source>
        <translation>Casos del cliente</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Find customer or case</source>
        <translation>&amp;Buscar cliente o caso</translation>
    </message>
    <message>
        <source>Decision &amp;guide</source>
        <translation>&amp;Guía de decisión</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compensation</source>
        <translation>&amp;Compensación</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Next open case</source>
        <translation>Siguiente caso abierto</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Previous open case</source>
        <translation>Caso abierto anterior</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>Cerrar &amp;pestaña del caso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>Mi &amp;cola</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation>Casos &amp;recientes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>Resultados de &amp;búsqueda</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Redress</source>
        <translation>Acerca &amp;de Redress</translation>
    </message>
    <message>
        <source>Search: from the search box to the results</source>
        <translation>Búsqueda: del cuadro de búsqueda a los resultados</translation>
    </message>
    <message>
        <source>Search: open the first (or selected) result</source>
        <translation>Búsqueda: abrir el primer resultado (o el seleccionado)</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Guide: pick that answer</source>
        <translation>Guía: elegir esa respuesta</translation>
    </message>
    <message>
        <source>Guide: back one step</source>
        <translation>Guía: retroceder un paso</translation>
    </message>
    <message>
        <source>Guide: use the recommended recovery</source>
        <translation>Guía: usar la recuperación recomendada</translation>
    </message>
    <message>
        <source>Note: add it to the case</source>
        <translation>Nota: agregarla al caso</translation>
    </message>
    <message>
        <source>Compensation: propose</source>
        <translation>Compensación: proponer</translation>
    </message>
    <message>
        <source>Message: copy to the clipboard</source>
        <translation>Mensaje: copiar al portapapeles</translation>
    </message>
    <message>
        <source>Message: send</source>
        <translation>Mensaje: enviar</translation>
    </message>
    <message>
        <source>Resolve the case</source>
        <translation>Resolver el caso</translation>
    </message>
    <message>
        <source>About Redress</source>
        <translation>Acerca de Redress</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redress %1&lt;/b&gt;&lt;br&gt;Service-recovery workstation: find the case, walk the guide, grant what your limits allow, send the message — online or not.</source>
        <translation>&lt;b&gt;Redress %1&lt;/b&gt;&lt;br&gt;Estación de trabajo para la recuperación del servicio: encuentre el caso, siga la guía, otorgue lo que permiten sus límites y envíe el mensaje, con o sin conexión.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case open&lt;/h3&gt;&lt;p&gt;Open one from &lt;b&gt;My queue&lt;/b&gt; (Ctrl+Shift+Q) or find a customer, case or note (Ctrl+F) and press Enter.&lt;/p&gt;&lt;p&gt;Help ▸ Keyboard shortcuts (F1) lists every key.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ningún caso abierto&lt;/h3&gt;&lt;p&gt;Abra uno desde &lt;b&gt;Mi cola&lt;/b&gt; (Ctrl+Shift+Q) o busque un cliente, caso o nota (Ctrl+F) y presione Enter.&lt;/p&gt;&lt;p&gt;Ayuda ▸ Atajos de teclado (F1) muestra todas las teclas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Offline — keep working. What you do is kept here and sent when the server is back (waiting: %1).</source>
        <translation>Sin conexión — siga trabajando. Lo que haga se guarda aquí y se envía cuando vuelva el servidor (pendientes: %1).</translation>
    </message>
    <message>
        <source>Answers from the server that need your attention: %1. See View ▸ Outbox (Ctrl+Shift+O).</source>
        <translation>Respuestas del servidor que requieren su atención: %1. Consulte Ver ▸ Bandeja de salida (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Approvals queue</source>
        <translation>Cola de &amp;aprobaciones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableros</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableros</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Presupuesto</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>TRAINING — Redress — %1</source>
        <translation>CAPACITACIÓN — Redress — %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Sending your last steps and scoring the run…</source>
        <translation>Enviando sus últimos pasos y calificando el intento…</translation>
    </message>
    <message>
        <source>Run scored: passed.</source>
        <translation>Intento calificado: aprobado.</translation>
    </message>
    <message>
        <source>Run scored.</source>
        <translation>Intento calificado.</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>Ca&amp;pacitación</translation>
    </message>
    <message>
        <source>&amp;Scenarios and results</source>
        <translation>&amp;Escenarios y resultados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Finish and score the run</source>
        <translation>&amp;Terminar y calificar el intento</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Score · %1</source>
        <translation>Calificación · %1</translation>
    </message>
    <message>
        <source>Scenario started: work the case, then Training ▸ Finish and score the run (Ctrl+Shift+E).</source>
        <translation>Escenario iniciado: gestione el caso y luego use Capacitación ▸ Terminar y calificar el intento (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>The run under way is no longer in the sandbox (it was reset).</source>
        <translation>El intento en curso ya no está en el entorno de práctica (se restableció).</translation>
    </message>
</context>
<context>
    <name>redress::OutboxModel</name>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Update case</source>
        <translation>Actualizar caso</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Record guide path</source>
        <translation>Registrar recorrido de la guía</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Resolve case</source>
        <translation>Resolver caso</translation>
    </message>
    <message>
        <source>Grant compensation</source>
        <translation>Otorgar compensación</translation>
    </message>
    <message>
        <source>Decide approval</source>
        <translation>Decidir aprobación</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Enviada para aprobación</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send (%n attempt(s))</source>
        <translation>
            <numerusform>Pendiente de envío (%n intento)</numerusform>
            <numerusform>Pendiente de envío (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted offline; the current policy needs a lead&apos;s approval.</source>
        <translation>Otorgada sin conexión; la política vigente requiere la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>redress::ResolutionPanel</name>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Resolve the case with this root cause (Ctrl+Shift+D)</source>
        <translation>Resolver el caso con esta causa raíz (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>R&amp;oot cause</source>
        <translation>Ca&amp;usa raíz</translation>
    </message>
    <message>
        <source>What caused the failure? Leads use this to fix what keeps going wrong.</source>
        <translation>¿Qué causó la falla? Los supervisores lo usan para corregir lo que sigue fallando.</translation>
    </message>
    <message>
        <source>Choose a root cause…</source>
        <translation>Elija una causa raíz…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>This case is resolved.</source>
        <translation>Este caso está resuelto.</translation>
    </message>
    <message>
        <source>Choose a root cause first.</source>
        <translation>Primero elija una causa raíz.</translation>
    </message>
    <message>
        <source>Resolved. The case stays in your history.</source>
        <translation>Resuelto. El caso queda en su historial.</translation>
    </message>
    <message>
        <source>&amp;Done: resolve the case</source>
        <translation>&amp;Dar el caso por resuelto</translation>
    </message>
</context>
<context>
    <name>redress::ScoreReport</name>
    <message>
        <source>Decision path</source>
        <translation>Recorrido de decisión</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;This run has not been scored yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Este intento aún no se ha calificado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Failed — a grant the policy does not allow</source>
        <translation>No aprobado — se otorgó algo que la política no permite</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Aún no aprobado</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;span style=&apos;font-size:16pt; color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt; — %4 of %5 points&lt;/span&gt; (pass mark %6)%7&lt;/p&gt;&lt;p&gt;%8&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;span style=&apos;font-size:16pt; color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt; — %4 de %5 puntos&lt;/span&gt; (mínimo para aprobar: %6)%7&lt;/p&gt;&lt;p&gt;%8&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · time %1</source>
        <translation> · tiempo: %1</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, caso %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(no alcanzada)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puntos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your walk through the guide&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su recorrido por la guía&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Conclusiones.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>redress::SearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note on %1 · %2</source>
        <translation>Nota en %1 · %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>redress::SessionManager</name>
    <message>
        <source>Please sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsynced action(s) on this desk. Sign in as %1 to send them first.</source>
        <translation>
            <numerusform>%1 tiene %n acción sin sincronizar en este puesto. Inicie sesión como %1 para enviarla primero.</numerusform>
            <numerusform>%1 tiene %n acciones sin sincronizar en este puesto. Inicie sesión como %1 para enviarlas primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n refused action(s) on this desk not yet seen. Sign in as %1 to review them first.</source>
        <translation>
            <numerusform>%1 tiene en este puesto %n acción rechazada que aún no ha visto. Inicie sesión como %1 para revisarla primero.</numerusform>
            <numerusform>%1 tiene en este puesto %n acciones rechazadas que aún no ha visto. Inicie sesión como %1 para revisarlas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Se cerró la sesión.</translation>
    </message>
    <message>
        <source>Your session ended; please sign in again. Unsynced work is kept and sent after you sign in.</source>
        <translation>Su sesión terminó; vuelva a iniciar sesión. El trabajo sin sincronizar se conserva y se envía cuando inicie sesión.</translation>
    </message>
</context>
<context>
    <name>redress::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>redress::StartupFlow</name>
    <message>
        <source>Redress</source>
        <translation>Redress</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
    </message>
    <message>
        <source>The demo sign-in failed: %1</source>
        <translation>Falló el inicio de sesión de demostración: %1</translation>
    </message>
    <message>
        <source>The demo session ended: %1</source>
        <translation>La sesión de demostración terminó: %1</translation>
    </message>
    <message>
        <source>You signed out. Unsynced work stays on this desk and is sent at the next sign-in.</source>
        <translation>Se cerró la sesión. El trabajo sin sincronizar se queda en este puesto y se envía en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 is not a training sandbox: Redress will not train against it. Start redress --training without --server for a sandbox on this computer, or ask for the training server&apos;s address.</source>
        <translation>%1 no es un entorno de capacitación: Redress no realizará prácticas en él. Inicie redress --training sin --server para usar un entorno de práctica en esta computadora, o solicite la dirección del servidor de capacitación.</translation>
    </message>
</context>
<context>
    <name>redress::SyncEngine</name>
    <message>
        <source>The server could not apply a change; it will be sent again.</source>
        <translation>El servidor no pudo aplicar un cambio; se enviará de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s change feed went backwards.</source>
        <translation>El flujo de cambios del servidor retrocedió.</translation>
    </message>
    <message>
        <source>The server does not say it is a training sandbox.</source>
        <translation>El servidor no indica que sea un entorno de práctica.</translation>
    </message>
</context>
<context>
    <name>redress::SyncStatusBar</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Online, syncing…</source>
        <translation>En línea, sincronizando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last sync just now</source>
        <translation>Última sincronización: hace un momento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>Nada pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Pendientes de sincronizar: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 min ago</source>
        <translation>Última sincronización: hace %1 min</translation>
    </message>
</context>
<context>
    <name>redress::TemplateComposer</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Idioma del mensaje</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el mensaje al portapapeles (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Send and record on the case (Ctrl+Shift+S)</source>
        <translation>Enviar y registrar en el caso (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Plan&amp;tilla</translation>
    </message>
    <message>
        <source>No templates are cached yet: they arrive with the first sync.</source>
        <translation>Todavía no hay plantillas en la caché: llegan con la primera sincronización.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>Complete antes de enviar: %1</translation>
    </message>
    <message>
        <source>Too long for %1: shorten it or pick another channel.</source>
        <translation>Demasiado largo para %1: acórtelo o elija otro canal.</translation>
    </message>
    <message>
        <source>Sent: the message is on the case&apos;s timeline.</source>
        <translation>Enviado: el mensaje está en el historial del caso.</translation>
    </message>
    <message>
        <source>Value for %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>as the customer knows it</source>
        <translation>como lo conoce el cliente</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Save to the case</source>
        <translation>Guardar en el caso</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Channe&amp;l and language</source>
        <translation>Cana&amp;l e idioma</translation>
    </message>
    <message>
        <source>This message was sent. Change it, or pick another template, to send again.</source>
        <translation>Este mensaje ya se envió. Modifíquelo o elija otra plantilla para volver a enviar.</translation>
    </message>
</context>
<context>
    <name>redress::TemplateListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Templates left out: %1</source>
        <translation>Plantillas omitidas: %1</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendada)</translation>
    </message>
    <message>
        <source>%1 v%2 · %3 · %4</source>
        <translation>%1 v%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
</context>
<context>
    <name>redress::TimelineDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · not yet synced</source>
        <translation> · aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>redress::TimelineModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Case opened: %1</source>
        <translation>Caso abierto: %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>título &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>reasignado</translation>
    </message>
    <message>
        <source>facts %1</source>
        <translation>datos %1</translation>
    </message>
    <message>
        <source>Case updated</source>
        <translation>Caso actualizado</translation>
    </message>
    <message>
        <source>Case updated: %1</source>
        <translation>Caso actualizado: %1</translation>
    </message>
    <message>
        <source>Case resolved</source>
        <translation>Caso resuelto</translation>
    </message>
    <message>
        <source>Case resolved (root cause: %1)</source>
        <translation>Caso resuelto (causa raíz: %1)</translation>
    </message>
    <message>
        <source>Decision tree %1: %2</source>
        <translation>Árbol de decisión %1: %2</translation>
    </message>
    <message>
        <source>Decision tree %1: walk in progress</source>
        <translation>Árbol de decisión %1: recorrido en curso</translation>
    </message>
    <message>
        <source>Message sent by %1: %2</source>
        <translation>Mensaje enviado por %1: %2</translation>
    </message>
    <message>
        <source>Compensation applied: %1</source>
        <translation>Compensación aplicada: %1</translation>
    </message>
    <message>
        <source>Compensation requested, awaiting approval: %1</source>
        <translation>Compensación solicitada, en espera de aprobación: %1</translation>
    </message>
    <message>
        <source>Approval granted</source>
        <translation>Aprobación concedida</translation>
    </message>
    <message>
        <source>Approval rejected</source>
        <translation>Aprobación rechazada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Event received: %1</source>
        <translation>Evento recibido: %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3 (not yet on the server)</source>
        <translation>%1 — por %2, %3 (aún no está en el servidor)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 — por %2, %3</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>redress::TrainingBanner</name>
    <message>
        <source>&lt;b&gt;TRAINING&lt;/b&gt; — sandbox on %1. Nothing done here reaches customers or the live system.</source>
        <translation>&lt;b&gt;CAPACITACIÓN&lt;/b&gt; — entorno de práctica en %1. Nada de lo que haga aquí llega a los clientes ni al sistema de producción.</translation>
    </message>
    <message>
        <source>Training sandbox: nothing done here reaches customers</source>
        <translation>Entorno de capacitación: nada de lo que haga aquí llega a los clientes</translation>
    </message>
</context>
<context>
    <name>redress::TrainingPanel</name>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Car rental</source>
        <translation>Alquiler de autos</translation>
    </message>
    <message>
        <source>Parcel delivery</source>
        <translation>Entrega de paquetes</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Escenarios de capacitación</translation>
    </message>
    <message>
        <source>&amp;Start scenario</source>
        <translation>&amp;Iniciar escenario</translation>
    </message>
    <message>
        <source>Trainees&apos; results</source>
        <translation>Resultados de los participantes</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Sus resultados</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tiempo objetivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trainees&apos; results&lt;/b&gt; — open one for the feedback per step</source>
        <translation>&lt;b&gt;Resultados de los participantes&lt;/b&gt; — abra uno para ver los comentarios de cada paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your results&lt;/b&gt; — open one for the feedback per step</source>
        <translation>&lt;b&gt;Sus resultados&lt;/b&gt; — abra uno para ver los comentarios de cada paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt; — pick one and start it: its customer and case are made for you in the sandbox, and your run is scored when you finish.</source>
        <translation>&lt;b&gt;Escenarios&lt;/b&gt; — elija uno e inícielo: su cliente y su caso se crean para usted en el entorno de práctica, y su intento se califica cuando termine.</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox was reset: %n run(s) removed.</source>
        <translation>
            <numerusform>Se restableció el entorno de práctica: se eliminó %n intento.</numerusform>
            <numerusform>Se restableció el entorno de práctica: se eliminaron %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; · %3 customer · %4 · %5&lt;/p&gt;&lt;blockquote&gt;&lt;i&gt;%6&lt;/i&gt;&lt;/blockquote&gt;&lt;p&gt;Target time: %7. Work the case as you would a live one: the guide, the compensation, the message and the resolution all count.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; · cliente de nivel %3 · %4 · %5&lt;/p&gt;&lt;blockquote&gt;&lt;i&gt;%6&lt;/i&gt;&lt;/blockquote&gt;&lt;p&gt;Tiempo objetivo: %7. Gestione el caso como lo haría con uno real: cuentan la guía, la compensación, el mensaje y la resolución.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the scenario…</source>
        <translation>Iniciando el escenario…</translation>
    </message>
    <message>
        <source>Reset the sandbox</source>
        <translation>Restablecer el entorno de práctica</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n training run(s) and the cases they made? Trainees with a run open lose it. Scenarios and users stay.</source>
        <translation>
            <numerusform>¿Eliminar %n intento de capacitación y los casos que creó? Los participantes que tengan un intento abierto lo perderán. Los escenarios y los usuarios se conservan.</numerusform>
            <numerusform>¿Eliminar los %n intentos de capacitación y los casos que crearon? Los participantes que tengan un intento abierto lo perderán. Los escenarios y los usuarios se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Reset the sandbox…</source>
        <translation>&amp;Restablecer el entorno de práctica…</translation>
    </message>
    <message>
        <source>Removes every run and the cases the runs opened, for the next class. Scenarios and users stay.</source>
        <translation>Elimina todos los intentos y los casos que abrieron, para la próxima clase. Los escenarios y los usuarios se conservan.</translation>
    </message>
</context>
<context>
    <name>redress::TrainingRun</name>
    <message>
        <source>A time such as 2026-11-23T09:14:02Z is expected.</source>
        <translation>Se esperaba una fecha y hora, como 2026-11-23T09:14:02Z.</translation>
    </message>
</context>
<context>
    <name>redress::TrainingRunBar</name>
    <message>
        <source>&amp;Finish and score</source>
        <translation>&amp;Terminar y calificar</translation>
    </message>
    <message>
        <source>Ends the run: the sandbox scores the path, compensation, message, root cause and time recorded on the case (Ctrl+Shift+E).</source>
        <translation>Termina el intento: el entorno de práctica califica el recorrido, la compensación, el mensaje, la causa raíz y el tiempo registrados en el caso (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Escenario:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Calificando…</translation>
    </message>
    <message>
        <source>%1 of %2 target</source>
        <translation>%1 de un objetivo de %2</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>A&amp;brir el caso</translation>
    </message>
</context>
<context>
    <name>redress::TrainingRunsModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed: policy breach</source>
        <translation>No aprobado: incumplimiento de la política</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>redress::TrainingService</name>
    <message>
        <source>The sandbox sent a scenario list Redress cannot read: %1</source>
        <translation>El entorno de práctica envió una lista de escenarios que Redress no puede leer: %1</translation>
    </message>
    <message>
        <source>The sandbox sent a run Redress cannot read: %1</source>
        <translation>El entorno de práctica envió un intento que Redress no puede leer: %1</translation>
    </message>
    <message>
        <source>The scenario started, but its case has not reached this desk yet. It will appear in My queue when the sandbox can be reached.</source>
        <translation>El escenario se inició, pero su caso aún no ha llegado a este puesto. Aparecerá en Mi cola cuando se pueda acceder al entorno de práctica.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your steps have not reached the sandbox server yet, so the run cannot be scored. Finish again once they are sent.</source>
        <translation>
            <numerusform>%n de sus pasos aún no ha llegado al servidor de práctica, así que el intento no se puede calificar. Vuelva a terminarlo cuando se haya enviado.</numerusform>
            <numerusform>%n de sus pasos aún no han llegado al servidor de práctica, así que el intento no se puede calificar. Vuelva a terminarlo cuando se hayan enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox sent a score Redress cannot read: %1</source>
        <translation>El entorno de práctica envió una calificación que Redress no puede leer: %1</translation>
    </message>
    <message>
        <source>The sandbox sent results Redress cannot read: %1</source>
        <translation>El entorno de práctica envió resultados que Redress no puede leer: %1</translation>
    </message>
</context>
<context>
    <name>redress::TreeGuide</name>
    <message>
        <source>Recommended recovery</source>
        <translation>Recuperación recomendada</translation>
    </message>
    <message>
        <source>&amp;Use this recovery</source>
        <translation>&amp;Usar esta recuperación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Pasos recorridos</translation>
    </message>
    <message>
        <source>Use this recovery</source>
        <translation>Usar esta recuperación</translation>
    </message>
    <message>
        <source>Back one step (Backspace)</source>
        <translation>Retroceder un paso (Backspace)</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Retroceder un paso</translation>
    </message>
    <message>
        <source>No decision tree is cached for this kind of case: handle it with your judgement, and the compensation and message tabs.</source>
        <translation>No hay un árbol de decisión en la caché para este tipo de caso: resuélvalo con su criterio y las pestañas de compensación y mensaje.</translation>
    </message>
    <message>
        <source>No guide for this case</source>
        <translation>No hay guía para este caso</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation>Volver a: %1</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>No answer fits this case&apos;s facts: check the facts, or go back.</source>
        <translation>Ninguna respuesta se ajusta a los datos del caso: revise los datos o retroceda.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Suggested %1 (from %2 to %3)</source>
        <translation>Sugerido: %1 (de %2 a %3)</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Causa raíz: %1</translation>
    </message>
    <message>
        <source>Path recorded on the case.</source>
        <translation>Recorrido registrado en el caso.</translation>
    </message>
</context>
<context>
    <name>redress::TreeWalkModel</name>
    <message>
        <source>No decision tree %1 in the local cache.</source>
        <translation>El árbol de decisión %1 no está en la caché local.</translation>
    </message>
    <message>
        <source>No case %1 in the local cache.</source>
        <translation>El caso %1 no está en la caché local.</translation>
    </message>
    <message>
        <source>The walk is complete; go back to a step to change an answer.</source>
        <translation>El recorrido está completo; vuelva a un paso para cambiar una respuesta.</translation>
    </message>
    <message>
        <source>There is no choice %1 for this question.</source>
        <translation>Esta pregunta no tiene la opción %1.</translation>
    </message>
    <message>
        <source>No decision tree is loaded.</source>
        <translation>No hay ningún árbol de decisión cargado.</translation>
    </message>
    <message>
        <source>There is no step %1 in this walk.</source>
        <translation>Este recorrido no tiene el paso %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
</context>
</TS>
