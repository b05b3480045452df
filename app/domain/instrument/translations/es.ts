// Spanish text of the instrument's statements, options and scenarios, keyed like the English
// (app/domain/instrument/translations/index.ts lists the keys). Written, not machine-translated:
// same meaning, direction and reading level as the English.
import type { ItemTexts } from "./types";

export const ES_ITEM_TEXTS: ItemTexts = {
  "rr-01":
    "Cuando un cliente potencial me dice que no, me pongo en contacto con el siguiente de mi lista sin hacer una pausa larga.",
  "rr-02":
    "Cuando alguien rechaza mi oferta, lo veo como algo que tiene que ver con su situación, no conmigo.",
  "rr-03":
    "Puedo enviar diez mensajes que no reciben respuesta y aun así escribir con cuidado el mensaje número once.",
  "rr-04": "Mantengo mi plan semanal de prospección incluso en una semana en la que nadie me dice que sí.",
  "rr-05": "Mantengo la cortesía y la calma cuando alguien responde a mi petición con un no tajante.",
  "rr-06":
    "Cuando muchas personas seguidas no me hacen caso, pospongo el contacto con cualquier otra persona.",
  "rr-07": "Evito los trabajos en los que la mayoría de mis peticiones van a ser rechazadas.",
  "rr-08": "Después de un rechazo, sigo pensando en ello el resto del día.",
  "rr-09": "Una sola negativa puede ponerme de mal humor hasta la noche.",
  "rr-10":
    "Prefiero esperar a que la gente acuda a mí antes que ponerme en contacto con personas que no me lo han pedido.",
  "rr-11":
    "No tengo inconveniente en volver a contactar a un cliente potencial unos meses después de que me haya dicho que no.",
  "rr-12":
    "Cuando una presentación de venta fracasa, al día siguiente ya me siento con ánimo de probar un enfoque nuevo.",
  "rr-13": "Contactar a personas que quizá no quieran saber de mí me incomoda mucho.",
  "rr-14": "Oír un no muchas veces en un mismo día no me impide cumplir mis objetivos de actividad.",
  "cd-01": "Termino cada reunión con un comprador acordando un siguiente paso y una fecha.",
  "cd-02": "Me resulta cómodo pedirle a un comprador que tome una decisión hoy.",
  "cd-03": "Cuando un acuerdo está casi cerrado, insisto en conseguir la firma en lugar de esperar.",
  "cd-04": "En una negociación, pido algo a cambio antes de conceder un descuento.",
  "cd-05": "Me gustan los trabajos en los que el éxito se mide por los acuerdos firmados.",
  "cd-06": "Me resulta incómodo pedirle un compromiso a un comprador.",
  "cd-07": "Prefiero dejar que el comprador elija cuándo firmar antes que pedirle que firme.",
  "cd-08": "Cuando un comprador duda, le pregunto qué le impide decidirse.",
  "cd-09":
    "Para evitar tensiones en una negociación, a menudo acepto las primeras condiciones que propone la otra parte.",
  "cd-10":
    "Llevo un control de lo que cada comprador tiene que hacer antes de poder firmar, y hago seguimiento de cada paso.",
  "cd-11": "A menudo salgo de una reunión con un comprador sin saber qué pasará después.",
  "cd-12": "Negociar el precio me incomoda tanto que prefiero dejárselo a otra persona.",
  "cd-13":
    "Fijo una fecha objetivo para cada firma y planifico los pasos contando hacia atrás desde esa fecha.",
  "cd-14":
    "Cuando un comprador dice que necesita más tiempo, espero a que vuelva a ponerse en contacto conmigo.",
  "dc-01": "Antes de proponer una solución, le pregunto al comprador qué problema intenta resolver.",
  "dc-02": "Al principio de una venta, averiguo quién más va a participar en la decisión.",
  "dc-03": "Pregunto por el presupuesto y los plazos antes de dedicar mucho tiempo a un cliente potencial.",
  "dc-04": "Hago más preguntas hasta entender por qué el comprador quiere actuar ahora.",
  "dc-05": "En una primera reunión con un comprador, hablo mucho menos que la otra persona.",
  "dc-06": "Averiguo cuánto ha investigado ya un comprador antes de presentarle nada.",
  "dc-07": "Empiezo a explicar el producto en cuanto comienza una reunión.",
  "dc-08": "Doy por hecho que la persona con la que hablo es quien va a tomar la decisión.",
  "dc-09": "Las preguntas detalladas sobre el negocio de un comprador me resultan tediosas.",
  "dc-10":
    "Prefiero enviar información a todos los contactos comerciales antes que comprobar cuáles encajan bien.",
  "dc-11": "Me aseguro de entender el problema del comprador antes de hablar de nuestro producto.",
  "dc-12":
    "A menudo descubro, con la venta ya avanzada, una necesidad que el comprador tenía desde el principio.",
  "dc-13": "Anoto los objetivos de cada comprador con sus propias palabras.",
  "dc-14": "Me incomoda preguntar a los compradores por los problemas de su negocio.",
  "pe-01": "Explico nuestro producto en función de los objetivos que el comprador me ha contado.",
  "pe-02":
    "Cuando un comprador plantea una preocupación, le respondo con un dato o con el ejemplo de otro cliente.",
  "pe-03": "Veo una objeción como una señal de que el comprador está pensando seriamente en comprar.",
  "pe-04": "Ayudo a los compradores a imaginar cómo cambiaría su trabajo cuando empiecen a usar el producto.",
  "pe-05":
    "Cuando un comprador dice que el precio es demasiado alto, explico el valor antes de hablar de descuentos.",
  "pe-06": "Cuando un comprador no está de acuerdo conmigo, suelo abandonar ese punto.",
  "pe-07": "Describo el producto de la misma manera a todos los compradores.",
  "pe-08": "Me cuesta responder cuando un comprador nos compara con un competidor más barato.",
  "pe-09": "Preparo respuestas para las preocupaciones que los compradores plantean con más frecuencia.",
  "pe-10": "Hago preguntas para entender una objeción antes de responderla.",
  "pe-11": "Evito las reuniones en las que espero que el comprador ponga objeciones.",
  "pe-12": "Me cuesta explicar por qué nuestro producto vale lo que cuesta.",
  "pe-13": "Cuando veo que un comprador no está convencido, cambio mi forma de explicar las cosas.",
  "pe-14": "Cuando un comprador cuestiona lo que digo, normalmente dejo pasar el tema.",
  "pl-01": "Actualizo mis registros de cada operación o tarea el mismo día en que cambia algo.",
  "pl-02": "Al comienzo de cada semana, planifico qué cuentas o tareas merecen la mayor parte de mi tiempo.",
  "pl-03":
    "En una previsión de ventas, solo cuento las operaciones en las que el comprador ha acordado un siguiente paso.",
  "pl-04": "Tengo una lista de todas las oportunidades abiertas, cada una con su siguiente paso y su fecha.",
  "pl-05": "Cada semana reviso mi trabajo pendiente y cierro los asuntos que llevan tiempo sin movimiento.",
  "pl-06": "Comunico las malas noticias sobre una operación en cuanto las conozco.",
  "pl-07": "Dedico mi tiempo a lo que me parezca más urgente ese día.",
  "pl-08": "Solo actualizo los registros cuando alguien me lo pide.",
  "pl-09": "Mis previsiones suelen ser más optimistas que el resultado final.",
  "pl-10": "Planificar mi semana me parece tiempo que le quito al trabajo de verdad.",
  "pl-11": "Reparto mi tiempo entre las cuentas según los ingresos que podría aportar cada una.",
  "pl-12": "A menudo pierdo de vista las promesas que he hecho a clientes o colegas.",
  "pl-13": "Anoto lo que se acordó en una reunión antes de empezar la siguiente tarea.",
  "pl-14": "Mantener los informes al día me parece algo que me distrae de vender.",
  "ci-01": "Cuando empiezo una campaña o un proyecto, anoto muchas ideas posibles antes de elegir una.",
  "ci-02": "Para presentar un producto, busco un enfoque que los competidores no hayan usado.",
  "ci-03": "Disfruto convirtiendo una función corriente de un producto en un mensaje interesante.",
  "ci-04": "A menudo aporto ideas nuevas en las reuniones de equipo.",
  "ci-05": "Combino ideas de campos que no tienen relación entre sí para crear algo nuevo.",
  "ci-06": "Saco ideas para campañas de cosas cotidianas que veo, oigo o leo.",
  "ci-07": "Prefiero reutilizar un mensaje que ya funcionó antes que probar uno nuevo.",
  "ci-08": "Cuando me piden ideas nuevas, me cuesta que se me ocurran más de una o dos.",
  "ci-09": "Me resulta más cómodo mejorar la idea de otra persona que empezar con una página en blanco.",
  "ci-10": "Las sesiones para reunir ideas nuevas me cansan y no me parecen muy útiles.",
  "ci-11": "Escribo rápidamente varias versiones de un titular antes de elegir una.",
  "ci-12":
    "Pruebo formatos poco habituales, como un video corto o una herramienta interactiva, para llamar la atención.",
  "ci-13": "Rara vez se me ocurre más de una idea para una campaña.",
  "ci-14": "Me limito al formato estándar en las presentaciones y los mensajes.",
  "mr-01": "Antes de decidir a quién dirigirme, busco datos sobre el tamaño de cada grupo de compradores.",
  "mr-02": "Leo los sitios web y las listas de precios de los competidores para ver cómo se presentan.",
  "mr-03": "Compruebo una suposición con datos antes de actuar basándome en ella.",
  "mr-04": "Disfruto entrevistando o encuestando a clientes para saber cómo eligen lo que compran.",
  "mr-05": "Resumo los resultados de una investigación en unas pocas conclusiones claras para los demás.",
  "mr-06": "Llevo un registro de los cambios que hacen los competidores a lo largo del tiempo.",
  "mr-07": "Compruebo de dónde sale una cifra antes de usarla.",
  "mr-08": "Confío más en mi propia experiencia que en los datos del mercado.",
  "mr-09": "Leer informes y tablas de datos me resulta tedioso.",
  "mr-10": "Hago planes para un mercado nuevo sin comprobar su tamaño.",
  "mr-11": "Rara vez me fijo en lo que hacen los competidores.",
  "mr-12": "Me cuesta sacar una conclusión de un gran conjunto de datos.",
  "mr-13": "Verifico la fuente de un dato antes de apoyarme en él.",
  "mr-14": "La investigación me parece un retraso antes de que empiece el trabajo de verdad.",
  "st-01":
    "Reescribo la descripción de un producto hasta que alguien ajeno a nuestro sector pueda entenderla.",
  "st-02": "Disfruto creando contenido para un sitio web, un blog o las redes sociales.",
  "st-03":
    "Adapto un mismo mensaje a distintos canales, como el correo electrónico, las páginas web y las diapositivas.",
  "st-04": "Uso la historia de un cliente para ilustrar una idea en una presentación.",
  "st-05": "Presto mucha atención al titular y a la primera frase de todo lo que publico.",
  "st-06": "Preparo diapositivas que tienen una sola idea principal cada una.",
  "st-07": "Prefiero explicar las cosas en una conversación antes que preparar material para mucha gente.",
  "st-08": "Preparar material para un público amplio me lleva mucho tiempo y me resulta difícil.",
  "st-09": "Mis presentaciones suelen tener muchos detalles y ninguna historia clara.",
  "st-10": "Evito compartir mi trabajo en espacios públicos, como un blog de la empresa.",
  "st-11": "Pido a personas que no conocen el producto que lean mi texto y me digan qué han entendido.",
  "st-12": "Me cuesta saber qué quiere oír un público amplio y desconocido.",
  "st-13": "Elijo unos pocos mensajes clave y los repito en todos nuestros materiales.",
  "st-14": "Dejo en manos de otras personas la redacción y el diseño de los materiales del producto.",
  "ps-01": "Cuando analizo un producto, me pregunto a qué clientes está dirigido realmente.",
  "ps-02": "Me gusta calcular cómo afectaría un cambio de precio a las ventas y a las ganancias.",
  "ps-03": "Comparo nuestra oferta con otras por sus funciones, su precio y el lugar donde se vende.",
  "ps-04":
    "Propongo qué funciones añadir o quitar para que el producto se ajuste a lo que necesitan los clientes.",
  "ps-05":
    "Pienso en cómo llega un producto a sus compradores: por internet, a través de socios o mediante un equipo de ventas.",
  "ps-06": "Tengo en cuenta el costo de atender a un cliente cuando evalúo una operación o un producto.",
  "ps-07": "Prefiero dejar en manos de otras personas las decisiones sobre precios.",
  "ps-08": "Rara vez me planteo si un producto es rentable.",
  "ps-09": "Las conversaciones sobre qué funciones se incluyen en cada plan me parecen aburridas.",
  "ps-10": "Acepto un producto tal como es en lugar de cuestionar cómo debería ser.",
  "ps-11": "Creo modelos sencillos para comparar distintas opciones de precio.",
  "ps-12": "Busco un precio que los clientes consideren justo y que, aun así, deje un buen margen.",
  "ps-13": "No me gusta trabajar con cifras de costos y márgenes.",
  "ps-14": "Fijar precios es una tarea que preferiría que hiciera otra persona.",
  "dg-01": "Hago un seguimiento de cuántos contactos comerciales genera cada canal o campaña.",
  "dg-02": "Hago pequeñas pruebas para comparar dos versiones de un mensaje o de una oferta.",
  "dg-03": "Retiro presupuesto o esfuerzo de los canales que no dan resultados.",
  "dg-04": "Me gusta fijar un objetivo mensual de nuevos contactos comerciales y trabajar para alcanzarlo.",
  "dg-05":
    "Planifico campañas en varios canales, como buscadores, correo electrónico, eventos y redes sociales.",
  "dg-06": "Me fijo en cuánto nos cuesta cada nuevo contacto comercial o cliente.",
  "dg-07":
    "Disfruto descubriendo nuevos lugares donde pasan el tiempo los posibles compradores, en internet o en persona.",
  "dg-08": "Me cuesta decir cuáles de mis actividades atrajeron a qué clientes.",
  "dg-09": "Prefiero una campaña grande a muchos experimentos pequeños.",
  "dg-10": "Rara vez reviso los resultados de una campaña una vez que se ha lanzado.",
  "dg-11": "Cuando una campaña ya está en marcha, no miro sus cifras con frecuencia.",
  "dg-12": "Sigo invirtiendo en un canal porque siempre lo hemos usado.",
  "dg-13": "Acuerdo con el equipo de ventas qué se considera un buen contacto comercial.",
  "dg-14": "El trabajo diario con las cifras de las campañas me parece aburrido.",
  "cf-01":
    "Transmito lo que dicen los clientes sobre nuestro producto al equipo que puede hacer algo al respecto.",
  "cf-02":
    "Cuando creo que los materiales de nuestro producto están desactualizados, se lo digo a las personas responsables de ellos.",
  "cf-03": "Pido la opinión del otro equipo antes de cambiar un mensaje que compartimos.",
  "cf-04": "Leo o escucho las quejas de los clientes para encontrar ideas de mejora.",
  "cf-05":
    "Me reúno con regularidad con personas de ventas o de marketing para comparar lo que nos dicen los clientes.",
  "cf-06": "Modifico los materiales compartidos para adaptarlos a mi propio estilo sin avisar a nadie.",
  "cf-07": "Sigo usando materiales antiguos aunque sé que los clientes reaccionan mal ante ellos.",
  "cf-08": "Cuando otro equipo sugiere cambios en mi trabajo, normalmente defiendo la versión original.",
  "cf-09": "Me cuesta encontrar tiempo para hablar con el otro equipo.",
  "cf-10": "Pregunto a los clientes qué opinan de nuestros materiales y presentaciones.",
  "cf-11": "Antes de usar un mensaje modificado, acuerdo el cambio con ambos equipos.",
  "cf-12": "Lo que dicen los clientes es, sobre todo, asunto de otros equipos, no mío.",
  "cf-13": "Comparto ejemplos de lo que funcionó con los clientes para que el otro equipo pueda usarlos.",
  "cf-14":
    "Prefiero resolver por mi cuenta un problema de nuestro mensaje antes que hablarlo con otras personas.",
  "fc-01.sales": "Sigo contactando a nuevos clientes potenciales incluso después de una semana de rechazos.",
  "fc-01.marketing":
    "Cuando una campaña no consigue atraer compradores, al día siguiente pruebo un enfoque nuevo en lugar de rendirme.",
  "fc-02.sales": "Disfruto el momento en que una conversación larga termina con un sí claro.",
  "fc-02.marketing":
    "Disfruto el momento en que un mensaje de lanzamiento que escribí genera una oleada de pedidos.",
  "fc-03.sales": "Me gusta conocer a fondo el negocio de un comprador haciéndole preguntas.",
  "fc-03.marketing":
    "Me gusta saber exactamente en qué es más débil que nosotros cada competidor, para que podamos ganar.",
  "fc-04.sales": "Doy lo mejor de mí cuando estoy convenciendo a una persona en una conversación.",
  "fc-04.marketing":
    "Doy lo mejor de mí cuando estoy en un escenario convenciendo a una sala llena de posibles clientes.",
  "fc-05.sales": "Llevo el control de todas las operaciones en las que trabajo y de su siguiente paso.",
  "fc-05.marketing":
    "Me gusta superar mi objetivo de nuevos contactos comerciales todos y cada uno de los meses.",
  "fc-06.sales": "Prefiero acordar personalmente el precio final con un cliente.",
  "fc-06.marketing":
    "Prefiero fijar precios que nos permitan quitarles negocio a nuestros competidores en todo el mercado.",
  "fc-07.sales":
    "Prefiero contactar personalmente a veinte desconocidos, aun sabiendo que la mayoría dirá que no.",
  "fc-07.marketing":
    "Prefiero hacer una campaña que traiga hasta nuestra puerta a veinte clientes potenciales listos para comprar.",
  "fc-08.sales": "Me da energía hacerle preguntas a un cliente sobre sus problemas.",
  "fc-08.marketing":
    "Me da energía idear nuevas formas de hacer que un producto resulte irresistible para los compradores.",
  "fc-09.sales": "Me gusta responder a las dudas de alguien mientras hablamos.",
  "fc-09.marketing":
    "Me gusta averiguar por qué los compradores eligen a un competidor, para poder recuperarlos.",
  "fc-10.sales": "Me gusta planificar en qué cuentas centrarme este mes.",
  "fc-10.marketing": "Me gusta decidir qué producto y qué precio nos darán más ingresos.",
  "fc-11.sales": "Quiero que mi éxito se mida por las ventas que cierro.",
  "fc-11.marketing": "Quiero que mi éxito se mida por los ingresos que generan mis campañas.",
  "fc-12.sales": "Cuando un comprador me rechaza, en pocos minutos vuelvo a estar bien.",
  "fc-12.marketing":
    "Cuando un público de clientes pone objeciones a mi presentación, en pocos minutos vuelvo a estar bien.",
  "fc-13.sales": "Prefiero averiguar exactamente qué necesita un cliente.",
  "fc-13.marketing": "Prefiero decidir qué debe ofrecer el producto para que se venda más que sus rivales.",
  "fc-14.sales": "Disfruto haciendo cambiar de opinión a un comprador que tiene dudas.",
  "fc-14.marketing": "Disfruto creando un eslogan que haga que la gente quiera comprar.",
  "fc-15.sales": "Me gusta mantener una previsión precisa de mis ventas.",
  "fc-15.marketing":
    "Me gusta mantener una imagen nítida de dónde le estamos ganando cuota de mercado a la competencia.",
  "fc-16.sales": "Prefiero un trabajo en el que pueda pedir una decisión hoy mismo.",
  "fc-16.marketing":
    "Prefiero un trabajo en el que pueda averiguar qué mercados podemos conquistar más rápido.",
  "fc-17.sales": "Acepto con gusto trabajar en un entorno donde nueve de cada diez personas dicen que no.",
  "fc-17.marketing":
    "Acepto con gusto seguir rehaciendo una oferta de producto hasta que supere a la competencia.",
  "fc-18.sales":
    "Prefiero averiguar en una conversación si un contacto comercial necesita de verdad lo que vendemos.",
  "fc-18.marketing": "Prefiero crear el sistema que convierte miles de contactos en compradores.",
  "fc-19.sales": "Prefiero ganarme a un comprador importante.",
  "fc-19.marketing": "Prefiero ganarme a mil posibles compradores con una campaña.",
  "fc-20.sales": "Una semana bien organizada me da satisfacción.",
  "fc-20.marketing": "Una idea nueva que hace que los clientes hablen de nosotros me da satisfacción.",
  "fc-21.sales": "Me gusta fijar un plazo para la decisión de un comprador.",
  "fc-21.marketing": "Me gusta idear la oferta que hace que los clientes actúen ya.",
  "fc-22.sales": "Prefiero adaptar mi discurso de venta a la persona con la que hablo.",
  "fc-22.marketing": "Prefiero elaborar un solo mensaje que convenza a todo el mercado.",
  "fc-23.sales": "Prefiero pasar el día contactando a clientes potenciales.",
  "fc-23.marketing":
    "Prefiero pasar el día averiguando qué clientes tienen más probabilidades de comprarnos.",
  "fc-24.sales": "Aprendo más en las reuniones en las que el cliente es quien más habla.",
  "fc-24.marketing":
    "Me siento más útil cuando presento nuestro producto tan bien que todo el público lo quiere.",
  "fc-25.sales": "Me gusta un trabajo con objetivos semanales claros de reuniones programadas.",
  "fc-25.marketing":
    "Me gusta un trabajo en el que el mensaje que escribo impulsa las ventas en todas las regiones.",
  "fc-26.sales": "Me gustaría ser la persona que negocia las condiciones finales.",
  "fc-26.marketing":
    "Me gustaría ser la persona que presenta nuestra oferta en el gran evento para clientes.",
  "fc-27.sales": "Me gusta explicarle a un comprador con dudas por qué nuestro precio es justo.",
  "fc-27.marketing": "Me gusta calcular el precio que atrae a más clientes con una rentabilidad sana.",
  "fc-28.sales": "Contactar a personas que todavía no me conocen me resulta natural.",
  "fc-28.marketing":
    "Presentar a los clientes una idea nueva y atrevida para ver si se vende me resulta natural.",
  "fc-29.sales":
    "Prefiero entrevistar a las personas que intervienen en la decisión de un cliente para entenderla.",
  "fc-29.marketing":
    "Prefiero averiguar qué empresas de todo un sector están listas para comprar, y por qué.",
  "fc-30.sales": "Me enorgullece que mi previsión de ventas coincida con el resultado.",
  "fc-30.marketing": "Me enorgullece que una campaña atraiga más compradores de lo previsto.",
  "fc-31.sales": "Hablar con un cliente sobre sus preocupaciones hasta aclararlas encaja conmigo.",
  "fc-31.marketing":
    "Conocer los puntos débiles de un competidor mejor que su propio equipo de ventas encaja conmigo.",
  "fc-32.sales": "Me gusta acordar las condiciones del contrato con un cliente.",
  "fc-32.marketing": "Me gusta diseñar el paquete y el precio que hacen que los clientes firmen antes.",
  "sj-01":
    "Después de una buena demostración, un comprador te dice que tu producto cuesta un 30 % más que el de un competidor. Antes te había dicho que su objetivo principal es ahorrarle tiempo a su personal. ¿Qué haces?",
  "sj-01-a": "Ofrecer un descuento del 30 % para que el precio deje de ser un problema.",
  "sj-01-b":
    "Preguntar qué partes de la oferta del competidor está comparando y luego explicar las diferencias que importan para su objetivo.",
  "sj-01-c":
    "Usar sus propias cifras para mostrar cómo se compara el tiempo de personal ahorrado con la diferencia de precio.",
  "sj-01-d": "Decir que la mejor calidad cuesta más y esperar su respuesta.",
  "sj-02":
    "Un cliente potencial te escribe que ha leído tu sitio web, ha visto los videos de tu producto y ha comparado a tres proveedores. Te pide una reunión «para ver el precio». ¿Cómo llevas la reunión?",
  "sj-02-a":
    "Preguntar qué encontró en su investigación, qué problema quiere resolver y quién más participa, y luego dar el precio en ese contexto.",
  "sj-02-b":
    "Dar el precio y hacer la presentación estándar para que tenga toda la información en un solo lugar.",
  "sj-02-c": "Saltarte lo básico que ya conoce y mostrar las funciones más avanzadas.",
  "sj-02-d":
    "Dar el precio al principio y luego preguntar cuándo piensa decidir y cuál es el siguiente paso.",
  "sj-03":
    "Trabajas en marketing. Una persona del equipo de ventas ha reescrito la presentación oficial del producto. Los compradores reaccionan mejor a su versión, pero dos de las afirmaciones que contiene no son exactas. ¿Qué haces?",
  "sj-03-a": "Pedirle que deje de usar su versión y vuelva a la oficial.",
  "sj-03-b": "Dejar que siga usándola, porque lo que cuenta son los resultados.",
  "sj-03-c": "Corregir las dos afirmaciones de su versión y devolvérsela.",
  "sj-03-d":
    "Reunirte con esa persona para saber a qué responden los compradores, corregir entre ambos las afirmaciones y actualizar la presentación oficial para que la use todo el mundo.",
  "sj-04":
    "Tu empresa lanza una nueva función el mes que viene. El equipo de ingeniería ha escrito una larga lista de detalles técnicos. Te piden que escribas el mensaje de lanzamiento para el sitio web. ¿Qué haces primero?",
  "sj-04-a": "Resumir la lista en los cinco puntos más importantes.",
  "sj-04-b":
    "Elegir el problema principal que la función les resuelve a los clientes, escribir un titular breve sobre él y dejar los detalles más abajo.",
  "sj-04-c": "Publicar la lista del equipo de ingeniería, porque es exacta y completa.",
  "sj-04-d": "Escribir un eslogan llamativo que capte la atención, aunque no explique la función.",
  "sj-05":
    "Es jueves. Esta semana te has puesto en contacto con 40 clientes potenciales y ninguno ha aceptado una reunión. Todavía nadie te ha preguntado por ello. ¿Qué haces?",
  "sj-05-a":
    "Dejar de contactar a clientes potenciales el resto de la semana y ponerte al día con otras tareas.",
  "sj-05-b": "Pedir a un colega que revise tus mensajes antes de contactar a nadie más la semana que viene.",
  "sj-05-c": "Seguir con el mismo mensaje el resto de la semana.",
  "sj-05-d":
    "Revisar las respuestas que sí recibiste, ajustar tu mensaje y contactar hoy al siguiente grupo.",
  "sj-06":
    "Un comprador ha aceptado la solución y el precio. Después dice que «te dirá algo el mes que viene» sobre la firma. No da ningún motivo para el retraso. ¿Qué haces?",
  "sj-06-a": "Darle las gracias y esperar a que se ponga en contacto contigo el mes que viene.",
  "sj-06-b":
    "Preguntar qué tiene que pasar todavía antes de que pueda firmar y acordar una fecha para cada paso.",
  "sj-06-c": "Enviarle el contrato ahora y pedirle que lo firme cuando esté listo.",
  "sj-06-d": "Ofrecerle un pequeño descuento si firma esta semana.",
  "sj-07":
    "Es el final del trimestre. Tu previsión incluye una operación grande, pero el comprador lleva tres semanas sin responder. Tu responsable quiere tus cifras definitivas hoy. ¿Qué haces?",
  "sj-07-a": "Mantener la operación en la previsión con su valor total, porque todavía puede cerrarse.",
  "sj-07-b": "Mantener la operación en la previsión y mencionar que tienes dudas sobre ella.",
  "sj-07-c": "Quitar la operación de la previsión de este trimestre sin dar explicaciones.",
  "sj-07-d":
    "Sacar la operación de este trimestre, explicarle el motivo a tu responsable y planificar un intento más de contactar al comprador.",
  "sj-08":
    "Cada mes, durante los últimos seis meses, ha bajado el número de clientes que abren el correo mensual de tu equipo. Te piden ideas para el próximo. ¿Qué haces?",
  "sj-08-a": "Mantener el formato y escribir un asunto nuevo.",
  "sj-08-b":
    "Proponer tres ideas muy distintas, como la historia de un cliente, un test breve y una lista de comprobación útil, y probar dos de ellas.",
  "sj-08-c": "Proponer que se deje de enviar el correo.",
  "sj-08-d": "Pedir ideas nuevas al equipo y elegir la más popular.",
  "sj-09":
    "Tu empresa quiere vender a un sector nuevo. La persona que dirige la empresa está segura de que es un buen mercado porque a dos amigos suyos que trabajan en ese sector les gustó el producto. ¿Qué propones?",
  "sj-09-a": "Lanzar una campaña de inmediato, ya que quien dirige la empresa conoce el sector.",
  "sj-09-b": "Hacer una campaña pequeña y ver qué pasa.",
  "sj-09-c":
    "Entrevistar a entre diez y quince posibles compradores de ese sector y estimar cuántas empresas podrían comprar, antes de planificar una campaña.",
  "sj-09-d": "Leer un informe sobre el sector y compartir un resumen.",
  "sj-10":
    "Los clientes piden a menudo una versión más barata de tu producto, con menos funciones. El equipo de ventas dice que así se ganarían más operaciones. ¿Qué recomiendas?",
  "sj-10-a":
    "Analizar qué clientes la piden, cuánto pagarían, si le quitaría ventas al producto completo y si sería rentable, y después decidir.",
  "sj-10-b": "Bajar el precio del producto actual para todos los clientes.",
  "sj-10-c": "Preguntar a algunos clientes a qué funciones renunciarían a cambio de un precio más bajo.",
  "sj-10-d":
    "Crear rápidamente la versión más barata para que el equipo de ventas pueda ganar esas operaciones.",
  "sj-11":
    "Tienes un presupuesto fijo para el próximo trimestre. El trimestre pasado lo repartiste a partes iguales entre tres canales, y uno de ellos generó la mayoría de los contactos comerciales que acabaron convirtiéndose en clientes. ¿Qué haces?",
  "sj-11-a":
    "Volver a repartir el presupuesto a partes iguales, para que cada canal tenga una oportunidad justa.",
  "sj-11-b": "Invertir más en el canal que atrajo más visitas al sitio web.",
  "sj-11-c":
    "Pasar la mayor parte del presupuesto al mejor canal y reservar una pequeña parte para probar los otros y un canal nuevo.",
  "sj-11-d": "Pasar todo el presupuesto al mejor canal.",
  "sj-12":
    "Trabajas en ventas. En el último mes, cinco compradores han dicho que la ficha del producto es confusa en cuanto a cómo se conecta el producto con otras herramientas. La ficha es responsabilidad de marketing. ¿Qué haces?",
  "sj-12-a": "Escribir tu propia versión de la ficha y usarla con tus compradores.",
  "sj-12-b": "Seguir usando la ficha y explicar personalmente ese punto en cada reunión.",
  "sj-12-c": "Enviar a marketing un mensaje breve diciendo que la ficha es confusa.",
  "sj-12-d":
    "Transmitir a marketing lo que dijeron los compradores, con ejemplos, y ofrecerte a revisar una nueva versión.",
  "sj-13":
    "Has tenido tres buenas reuniones con una persona de nivel gerencial a la que le gusta tu producto. Hoy te dice que su superior tiene que aprobar todas las compras. Nunca has hablado con su superior. ¿Qué haces?",
  "sj-13-a": "Enviarle el contrato para que se lo haga llegar a su superior.",
  "sj-13-b": "Preparar un resumen para que se lo muestre a su superior.",
  "sj-13-c":
    "Pedirle que organice una reunión con su superior y preguntarle qué es lo que más le importa a su superior.",
  "sj-13-d":
    "Ponerte en contacto directamente con su superior sin avisar a la persona con la que te has reunido.",
  "sj-14":
    "En los últimos dos meses, el equipo de ventas ha perdido varias operaciones frente a un competidor nuevo. Nadie sabe bien por qué. Te piden que lo investigues. ¿Qué haces?",
  "sj-14-a": "Decirle al equipo de ventas que destaque más nuestros puntos fuertes.",
  "sj-14-b": "Estudiar el sitio web del competidor y hacer una tabla comparativa.",
  "sj-14-c": "Proponer bajar nuestro precio para igualar el suyo.",
  "sj-14-d":
    "Revisar las operaciones perdidas, preguntar a algunos de esos compradores por qué eligieron al competidor, comparar ambas ofertas y compartir lo que descubras con los equipos de ventas y de producto.",
  "inf-01": "Nunca en mi vida he enviado un correo electrónico ni un mensaje de texto.",
  "inf-02": "He usado una computadora, una tableta o un teléfono antes de hoy.",
  "inf-03": "Todas las reuniones a las que he asistido en mi vida empezaron exactamente a la hora.",
  "inf-04": "Recuerdo cada palabra de todas las conversaciones que he tenido en mi vida.",
  "inf-05": "Este año he leído al menos un mensaje de otra persona.",
  "inf-06": "Sé hablar todos los idiomas del mundo.",
};
