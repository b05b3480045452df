// Spanish text of the candidate report's prose (traits, report levels, tasks, role names), written
// from the English in instrument/traits.ts, fit/report-content.ts, instrument/tasks.ts and fit/templates.ts.
import type { CandidateContent } from "./types";

export const ES_CONTENT: CandidateContent = {
  traits: {
    "rejection-resilience": {
      name: "Resiliencia ante el rechazo",
      definition:
        "Sigue contactando a personas y mantiene la calma aunque muchas digan que no, ignoren un mensaje o cancelen una reunión.",
      high: "Toma una negativa como información sobre un cliente potencial, no como algo personal. Empieza la siguiente conversación el mismo día y con la misma energía.",
      low: "Las negativas repetidas le resultan agotadoras y necesita tiempo para recuperarse. Con frecuencia prefiere trabajos en los que su esfuerzo no se mide por el sí o el no de personas desconocidas.",
    },
    "closing-drive": {
      name: "Orientación al cierre",
      definition:
        "Pide un compromiso claro, negocia las condiciones y lleva la venta hasta un acuerdo firmado.",
      high: "En cada conversación define el siguiente paso y una fecha. Negocia con calma y no le incomoda pedirle una decisión al cliente.",
      low: "Prefiere dejar que el cliente decida cuando lo considere oportuno. Puede salir de una reunión sin un siguiente paso acordado o ceder en las condiciones para evitar tensiones.",
    },
    discovery: {
      name: "Detección de necesidades",
      definition:
        "Califica a los clientes potenciales, averigua quién toma la decisión y descubre los problemas, los objetivos y la etapa del proceso de compra en que está el cliente antes de proponer nada.",
      high: "Hace muchas preguntas abiertas y, al principio, escucha más de lo que habla. Sabe quién firma, cuál es el presupuesto y por qué el cliente quiere actuar ahora.",
      low: "Pasa rápidamente a presentar el producto. Puede descubrir, con la venta ya avanzada, que faltaba una persona clave o que la necesidad era otra.",
    },
    persuasion: {
      name: "Persuasión y manejo de objeciones",
      definition:
        "Ayuda a un cliente concreto a imaginar cómo la solución resuelve su problema y responde a sus dudas con honestidad y de forma convincente.",
      high: "Relaciona cada funcionalidad con los objetivos propios del cliente. Acoge las objeciones como preguntas por responder y contesta con datos y ejemplos.",
      low: "Describe el producto de la misma manera a todos los clientes. Puede quedarse en silencio o ceder cuando un cliente pone objeciones.",
    },
    "pipeline-discipline": {
      name: "Disciplina en la gestión comercial",
      definition:
        "Gestiona su tiempo y su territorio, mantiene al día el registro de las oportunidades de venta y hace previsiones e informes precisos.",
      high: "Organiza la semana en torno a las cuentas más prometedoras. Mantiene al día sus notas y la etapa de cada oportunidad, y hace previsiones que resultan cercanas al resultado real.",
      low: "Trabaja en lo que parece más urgente en cada momento. Sus registros y previsiones suelen llegar tarde o ser demasiado optimistas, lo que dificulta la planificación del equipo.",
    },
    "creative-ideation": {
      name: "Generación de ideas creativas",
      definition: "Propone ideas, mensajes y enfoques de campaña nuevos que hacen destacar un producto.",
      high: "Genera muchas ideas con rapidez y las convierte en conceptos concretos. Busca un enfoque que la competencia no haya usado.",
      low: "Prefiere mejorar ideas ya probadas antes que inventar otras nuevas. Trabaja mejor cuando el concepto ya está definido.",
    },
    "market-research": {
      name: "Investigación y análisis de mercado",
      definition:
        "Estudia mercados, clientes y competidores a partir de datos, y convierte lo que descubre en conclusiones claras.",
      high: "Contrasta sus suposiciones con datos antes de actuar. Conoce el tamaño del mercado, quiénes son los competidores y cómo los comparan los compradores.",
      low: "Se basa más en la experiencia y la intuición que en la investigación. Los análisis largos pueden resultarle lentos o abstractos.",
    },
    storytelling: {
      name: "Narrativa para audiencias amplias",
      definition:
        "Explica el producto con claridad a un público amplio a través del sitio web, los materiales del producto, las presentaciones y las redes sociales.",
      high: "Escribe y diseña mensajes que personas desconocidas entienden a la primera lectura. Adapta una misma historia a muchos canales y formatos.",
      low: "Se comunica mejor de persona a persona o en una conversación. Escribir para un público amplio y desconocido le resulta lento.",
    },
    "product-strategy": {
      name: "Estrategia de producto y precios",
      definition:
        "Decide qué debe ser el producto, para quién es, dónde se vende y a qué precio, teniendo en cuenta la rentabilidad.",
      high: "Piensa en la oferta completa: funcionalidades, empaquetado, precio y canal. Usa cifras para valorar si un producto será rentable.",
      low: "Prefiere trabajar con el producto y los precios tal como están. Deja en manos de otras personas las decisiones sobre la oferta.",
    },
    "demand-generation": {
      name: "Generación de demanda",
      definition:
        "Crea un flujo constante de compradores interesados mediante canales y campañas, y mide cuáles funcionan.",
      high: "Lanza muchas campañas pequeñas, sigue el costo y los resultados de cada canal, y mueve el presupuesto hacia lo que funciona.",
      low: "Prefiere los proyectos grandes y únicos a las pruebas constantes. Puede resultarle difícil saber qué actividad generó cada lead.",
    },
    "customer-feedback": {
      name: "Escucha del cliente y colaboración",
      definition:
        "Escucha a los clientes y al otro equipo, y trabaja con ellos para mantener el mensaje actualizado en lugar de cambiarlo por su cuenta.",
      high: "Lleva lo que dicen los clientes al equipo responsable del mensaje. Propone cambios abiertamente y los acuerda antes de aplicarlos.",
      low: "Trabaja sobre todo dentro de su propio equipo. O sigue usando material antiguo, o lo modifica sin comentarlo para adaptarlo a su propio estilo.",
    },
  },
  report: {
    "rejection-resilience": {
      high: {
        strength:
          "Sigues adelante cuando te dicen que no. Parece que, para ti, una negativa habla de la situación de la otra persona, no de ti.",
        growth:
          "Asegúrate de que tu perseverancia siga siendo respetuosa: decide de antemano cuándo dejarás de contactar a alguien y aprende de los patrones que se repiten en las negativas.",
      },
      mid: {
        strength: "Puedes soportar bastantes negativas, sobre todo cuando crees en lo que ofreces.",
        growth:
          "Una rutina diaria fija para contactar a clientes, y una pausa breve para recuperarte después de una conversación difícil, pueden hacer más llevaderas las rachas largas de negativas.",
      },
      low: {
        strength:
          "Te importa cómo responden las personas ante ti, lo que a menudo te convierte en una persona considerada y cuidadosa en tus relaciones.",
        growth:
          "Si pasas a un puesto en el que tengas que contactar a mucha gente, fíjate metas de actividad pequeñas y cuenta los intentos en lugar de los resultados. Los puestos en los que las personas acuden a ti pueden encajar mejor contigo.",
      },
    },
    "closing-drive": {
      high: {
        strength:
          "Haces avanzar las decisiones. Pides un compromiso y negocias con una idea clara de lo que necesitas.",
        growth:
          "Comprueba que el cliente esté realmente listo: una venta forzada puede acabar en una cancelación. Practica guardar silencio después de pedir una decisión.",
      },
      mid: {
        strength:
          "Pides decisiones cuando sientes que es el momento adecuado y sabes negociar cuando te has preparado.",
        growth:
          "Termina cada reunión con un siguiente paso acordado y una fecha. Antes de cada negociación, decide cuál es tu límite: el punto a partir del cual no aceptarías el acuerdo.",
      },
      low: {
        strength:
          "Das a las personas espacio para decidir, lo que genera confianza en las relaciones largas.",
        growth:
          "Practica una pregunta de cierre sencilla, como «¿Qué necesitarías para poder decidir antes del viernes?». Trabaja con alguien de tu equipo a quien le guste negociar.",
      },
    },
    discovery: {
      high: {
        strength:
          "Averiguas qué necesita realmente el cliente, quién decide y cómo compra antes de proponer nada.",
        growth:
          "Comparte lo que aprendes: tus notas sobre los clientes también son valiosas para los equipos de marketing y de producto.",
      },
      mid: {
        strength: "Haces buenas preguntas cuando tienes tiempo para prepararlas.",
        growth:
          "Prepara tres preguntas abiertas antes de cada reunión y deja que el cliente hable primero. Pregunta siempre quién más participa.",
      },
      low: {
        strength: "Te gusta ir directamente a lo importante y mostrar lo que ofreces.",
        growth:
          "Antes de presentar, haz una pregunta sobre el problema y otra sobre quién decide. Te ahorrará tiempo más adelante.",
      },
    },
    persuasion: {
      high: {
        strength:
          "Ayudas a una persona a ver cómo una solución encaja con sus objetivos, y tomas las objeciones como preguntas por responder.",
        growth:
          "Mantén tus afirmaciones honestas y concretas: tu capacidad de persuasión es mayor cuando la respaldan ejemplos que los clientes pueden comprobar.",
      },
      mid: {
        strength: "Sabes presentar argumentos convincentes cuando conoces bien el producto y al cliente.",
        growth:
          "Anota las cinco objeciones que escuchas con más frecuencia y prepara una respuesta con un ejemplo para cada una.",
      },
      low: {
        strength:
          "Presentas la información de forma equilibrada y dejas que las personas saquen sus propias conclusiones.",
        growth:
          "Intenta relacionar cada funcionalidad con un objetivo que te haya mencionado la persona que te escucha. Antes de responder a una objeción, pregunta más sobre ella.",
      },
    },
    "pipeline-discipline": {
      high: {
        strength:
          "Planificas tu tiempo, mantienes los registros al día y haces previsiones en las que los demás pueden confiar.",
        growth:
          "Comparte tu sistema: los equipos salen ganando cuando otras personas lo adoptan. Deja algo de margen en tu plan para oportunidades inesperadas.",
      },
      mid: {
        strength: "Mantienes el orden cuando tienes claro lo que está en juego.",
        growth:
          "Una revisión semanal fija de todos los asuntos abiertos, cada uno con un siguiente paso y una fecha, haría que tus previsiones fueran más fiables.",
      },
      low: {
        strength: "Respondes con rapidez a lo que ocurre delante de ti.",
        growth:
          "Empieza poco a poco: actualiza los registros al final de cada día y planifica tus tres cuentas principales cada lunes.",
      },
    },
    "creative-ideation": {
      high: {
        strength:
          "Generas muchas ideas y enfoques nuevos, y disfrutas convirtiendo funcionalidades corrientes en mensajes interesantes.",
        growth:
          "Acompaña tus ideas con pruebas sencillas, para que las mejores se impongan por los datos y no solo por el entusiasmo.",
      },
      mid: {
        strength: "Puedes aportar ideas nuevas, sobre todo cuando partes de una base clara.",
        growth:
          "Prueba a escribir diez versiones de un titular antes de elegir una: la cantidad a menudo lleva a la calidad.",
      },
      low: {
        strength:
          "Prefieres los enfoques probados y los mejoras con cuidado, lo que mantiene una calidad constante.",
        growth:
          "Pide a otras personas algunas ideas sin pulir y usa tu punto fuerte para perfeccionar la mejor.",
      },
    },
    "market-research": {
      high: {
        strength:
          "Compruebas las suposiciones con datos y sabes convertir la investigación en conclusiones claras.",
        growth:
          "Ponle un límite de tiempo a la investigación para no retrasar las decisiones, e indica tu grado de certeza.",
      },
      mid: {
        strength: "Usas datos cuando los tienes a mano y sabes sopesarlos frente a tu experiencia.",
        growth:
          "Antes de una decisión importante, busca una fuente independiente que pueda demostrar que te equivocas.",
      },
      low: {
        strength:
          "Actúas guiándote por la experiencia y la intuición, lo que ayuda cuando la rapidez importa.",
        growth: "En las decisiones difíciles de revertir, pide a alguien que revise primero las cifras.",
      },
    },
    storytelling: {
      high: {
        strength: "Explicas el producto con claridad a personas que no conoces, en muchos canales.",
        growth:
          "Mantén la historia al día: pregunta al equipo de ventas qué partes generan reacción en los clientes y actualízala junto con ese equipo.",
      },
      mid: {
        strength: "Puedes explicar el producto con claridad cuando conoces al público.",
        growth:
          "Pide a alguien ajeno a tu área que lea tu próximo texto y te diga cuál es la idea principal que recuerda.",
      },
      low: {
        strength:
          "Te comunicas mejor en una conversación, adaptando lo que dices a la persona que tienes delante.",
        growth:
          "Aprovecha las explicaciones que funcionan en tus conversaciones y compártelas como notas con quienes redactan los materiales.",
      },
    },
    "product-strategy": {
      high: {
        strength:
          "Piensas en la oferta completa: qué es el producto, para quién es, dónde se vende y a qué precio.",
        growth:
          "Prueba tus ideas de precios y de empaquetado con clientes reales antes de que se conviertan en la política de la empresa.",
      },
      mid: {
        strength:
          "Entiendes cómo las decisiones sobre el producto y el precio afectan a los clientes y a la rentabilidad.",
        growth:
          "Ofrécete para revisar un cambio de precios o de empaquetado, y haz un modelo sencillo de su efecto.",
      },
      low: {
        strength:
          "Trabajas bien con el producto y los precios tal como están, y te centras en aprovecharlos.",
        growth:
          "Aprende las cifras básicas de tu producto (precio, costo, margen) para poder explicar a los clientes las ventajas y desventajas de cada opción.",
      },
    },
    "demand-generation": {
      high: {
        strength: "Generas un flujo constante de compradores interesados y mides qué canales funcionan.",
        growth:
          "Acuerda con el equipo de ventas qué es un buen lead, para que tus cifras midan lo que de verdad importa para los ingresos.",
      },
      mid: {
        strength: "Lanzas campañas y revisas los resultados cuando es fácil hacerlo.",
        growth: "Elige una cifra por campaña, como el costo por lead calificado, y revísala cada semana.",
      },
      low: {
        strength: "Prefieres los proyectos únicos y en profundidad a las pruebas constantes.",
        growth:
          "Si tu puesto tiene relación con campañas, pide un informe sencillo de resultados y revísalo cada mes.",
      },
    },
    "customer-feedback": {
      high: {
        strength:
          "Escuchas a los clientes y al otro equipo, y colaboras con ese equipo para mantener al día el mensaje compartido.",
        growth:
          "Haz visible tu costumbre de recoger opiniones: un breve resumen mensual ayuda a que otras personas sigan tu ejemplo.",
      },
      mid: {
        strength: "Transmites las opiniones de los clientes cuando te parecen importantes.",
        growth:
          "Lleva un registro continuo de lo que dicen los clientes y compártelo con el otro equipo cada mes.",
      },
      low: {
        strength: "Te centras en el trabajo de tu propio equipo y lo sacas adelante de forma independiente.",
        growth:
          "Antes de cambiar un material compartido, explícale el motivo a la persona responsable; antes de ignorar una queja, transmítela.",
      },
    },
  },
  tasks: {
    "sales-territory": "Planificar el tiempo y el territorio, hacer previsiones y elaborar informes",
    "sales-qualify": "Calificar clientes potenciales",
    "sales-decision-makers": "Identificar a las personas clave y a quienes toman las decisiones",
    "sales-needs": "Descubrir los problemas, las necesidades y los objetivos del cliente",
    "sales-buying-cycle": "Determinar en qué etapa de su proceso de compra está el cliente",
    "sales-vision": "Mostrar al cliente cómo funcionaría la solución en su caso",
    "sales-objections": "Manejar objeciones",
    "sales-negotiate": "Negociar el contrato",
    "sales-close": "Cerrar la venta y conseguir la firma del acuerdo",
    "mkt-research": "Investigar el mercado",
    "mkt-target": "Elegir el mercado objetivo",
    "mkt-product-definition": "Definir el producto",
    "mkt-competition": "Analizar la competencia",
    "mkt-pricing": "Fijar los precios del producto",
    "mkt-communication": "Promocionar el producto: publicidad, sitio web, redes sociales",
    "mkt-collateral": "Crear materiales y presentaciones del producto",
    "mkt-leads": "Generar leads",
    "mkt-profitability": "Mantener la rentabilidad del producto",
    "p-product": "Producto: crear el producto adecuado para el cliente objetivo",
    "p-place": "Distribución: llevar el producto a donde compra el cliente",
    "p-promotion": "Promoción: dar a conocer el producto al cliente objetivo",
    "p-price": "Precio: encontrar el precio que funcione para el cliente y para la empresa",
  },
  templates: {
    sdr: {
      name: "Representante de desarrollo de ventas (SDR)",
      summary:
        "Inicia conversaciones con muchas personas que no pidieron ser contactadas y consigue reuniones con clientes potenciales calificados para los ejecutivos de cuentas; la mayoría de los intentos terminan sin respuesta o con un no.",
    },
    "ae-transactional": {
      name: "Ejecutivo/a de cuentas (ventas transaccionales)",
      summary:
        "Gestiona muchos ciclos de venta cortos con una o dos personas que toman la decisión; cierra ventas llevando rápidamente al cliente del interés a un pedido firmado.",
    },
    "ae-enterprise": {
      name: "Ejecutivo/a de cuentas (grandes empresas)",
      summary:
        "Dirige ventas largas y consultivas con muchas personas del lado del comprador; cierra ventas porque entiende el negocio del cliente mejor que la competencia.",
    },
    "sales-manager": {
      name: "Gerente de ventas",
      summary:
        "Dirige un equipo comercial: asigna territorios, orienta al equipo en cada oportunidad de venta, elabora las previsiones para la empresa y mantiene el mensaje del equipo alineado con el de marketing.",
    },
    "account-manager": {
      name: "Gerente de cuentas",
      summary:
        "Se ocupa de los clientes actuales: las renovaciones, el crecimiento dentro de cada cuenta y que las necesidades de los clientes lleguen a la empresa.",
    },
    "product-marketing-manager": {
      name: "Responsable de marketing de producto (PMM)",
      summary:
        "Posiciona el producto: para quién es, en qué supera a las alternativas y cuál es el mensaje; después, da a ventas materiales que se mantienen actualizados.",
    },
    "content-brand-marketer": {
      name: "Especialista en marketing de contenidos y marca",
      summary:
        "Crea las historias, los artículos, los videos y la identidad visual que hacen que las personas se fijen en la empresa y la recuerden.",
    },
    "demand-gen-marketer": {
      name: "Especialista en generación de demanda",
      summary:
        "Mantiene lleno el embudo de ventas: lanza campañas en distintos canales, mide el costo por lead y mueve el presupuesto hacia lo que funciona.",
    },
    "market-researcher": {
      name: "Investigador/a de mercados",
      summary:
        "Averigua el tamaño de los mercados, quién compra y por qué, y cómo se comparan los competidores; después lo convierte en recomendaciones claras.",
    },
    "founding-gtm-hybrid": {
      name: "Primer perfil comercial híbrido (founding GTM)",
      summary:
        "La primera contratación comercial de una empresa joven: cierra las primeras ventas y pone en marcha las primeras acciones de marketing, a menudo en la misma semana. Pocas personas destacan en ambas cosas; esta plantilla está pensada para encontrarlas.",
    },
    "vp-sales-marketing": {
      name: "VP de ventas y marketing",
      summary:
        "Dirige ambas áreas como única persona responsable: fija objetivos, presupuestos y estructura, y hace que los dos equipos trabajen con el mismo mensaje, siempre actualizado.",
    },
  },
};
