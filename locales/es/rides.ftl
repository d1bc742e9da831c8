# La pantalla de viajes (ver en-GB/rides.ftl para el sentido de cada mensaje y sus variables).
# Not yet reviewed by a native speaker (see locales/README.md).

rides-title = Viajes

## Secciones

rides-section-offers = Mis ofertas
rides-section-requests = Mis solicitudes
rides-section-matches = Coincidencias

rides-meeting-not-listed = Una reunión que ya no aparece
rides-meeting-unknown = Una reunión

rides-seats-free = { $count ->
    [0] No quedan plazas libres
    [one] Una plaza libre
   *[other] { $count } plazas libres
}

## En qué punto está una oferta o solicitud

rides-status-not-sent = Aún sin enviar: se enviará cuando tengas conexión
rides-status-cancel-not-sent = Cancelando: se enviará cuando tengas conexión
rides-status-accept-not-sent = Aceptado: se enviará cuando tengas conexión
rides-status-not-done = No se pudo hacer
rides-status-looking-riders = Buscando pasajeros
rides-status-looking-driver = Buscando conductor
rides-status-riders-found = Hay pasajeros
rides-status-have-seat = Tienes plaza
rides-status-cancelled = Cancelado
rides-status-passed = Esta reunión ya pasó

## En qué punto está una coincidencia

rides-match-suggested-rider = Un conductor podría llevarte: acepta para reservar plaza
rides-match-suggested-driver = Un pasajero encaja en tu ruta: acepta para ofrecerle plaza
rides-match-seat-held-driver = Un pasajero tiene una plaza reservada: acepta para acordar la recogida
rides-match-waiting = Esperando a la otra persona
rides-match-agreed = Acordado: recogida organizada
rides-match-cancelled = Cancelada: esta coincidencia ya no sigue
rides-match-expired = Caducada: la reunión ya pasó

## Detalles

rides-detour = { $minutes ->
    [one] Te desvías 1 minuto aproximadamente.
   *[other] Te desvías unos { $minutes } minutos.
}
rides-pickup-time = Recogida hacia { HOUR($time) ->
    [1] la
   *[other] las
} { $time }.
rides-with = Con { $handle }.
rides-pickup-area = El mapa muestra la zona de recogida, no el domicilio de nadie.

## Por qué lo rechazó el servidor

rides-reason-seat-taken = Otra persona acaba de ocupar esa plaza.
rides-reason-not-owner = Solo quien organizó este viaje puede cambiarlo.
rides-reason-not-found = El servidor de viajes compartidos ya no tiene este viaje.
rides-reason-too-late = Esa reunión ya ha empezado.
rides-reason-too-far-ahead = { $days ->
    [one] Los viajes se pueden organizar hasta 1 día antes de una reunión.
   *[other] Los viajes se pueden organizar hasta { $days } días antes de una reunión.
}
rides-reason-already-matched = Esto ya tiene una coincidencia.
rides-reason-no-longer-available = Este viaje ya no está disponible.
rides-reason-already-have-ride = Ya tienes un viaje organizado para esta reunión.
rides-reason-too-many-rides = Tienes tantos viajes abiertos como permite el servidor. Cancela uno que ya no necesites y vuelve a intentarlo.
rides-reason-meeting-full = Esta reunión tiene ahora tantos viajes como el servidor puede admitir.
rides-reason-conflict = Algo cambió en el servidor en ese mismo momento.
rides-reason-other = El servidor de viajes compartidos no pudo hacerlo ahora.

## Avisos

rides-empty-title = Aún no hay viajes
rides-empty = Compartir coche ayuda a llegar juntos a las reuniones: ofrece una plaza o pide una. Solo se comparte la zona desde la que sales (alrededor de 1 km), nunca la dirección de tu casa.
rides-no-server-title = No hay servidor de viajes compartidos
rides-no-server = Los viajes pasan por un servidor de viajes compartidos que eliges tú. Hasta que elijas uno, lo que organices se queda en este teléfono.
rides-pending = { $count ->
    [one] Hay un cambio sin enviar. Se enviará cuando tengas conexión.
   *[other] Hay { $count } cambios sin enviar. Se enviarán cuando tengas conexión.
}
rides-offline = Parece que no tienes conexión. No se pierde nada: tus cambios se enviarán cuando tengas conexión.
rides-sync-failed = El servidor de viajes compartidos no pudo recibir tus cambios ahora. No se pierde nada; inténtalo de nuevo dentro de un rato.
rides-error = No se pudieron leer tus viajes ahora. No se pierde nada; inténtalo de nuevo.

## Lo que dice un lector de pantalla

rides-row-label = { $name }, { $when }: { $status }
rides-row-label-detail = { $name }, { $when }: { $status }. { $detail }

## Botones

rides-action-offer = Ofrecer un viaje
rides-action-ask = Pedir un viaje
rides-action-accept = Aceptar
rides-action-cancel = Cancelar viaje
rides-action-sync = Sincronizar ahora
rides-action-retry = Reintentar
rides-action-set-server = Elegir un servidor de viajes compartidos
rides-action-try-again = Reintentar

## El formulario para ofrecer o pedir un viaje (core/src/screens/ride_form.rs)

ride-form-day = { $date } a { HOUR($time) ->
    [1] la
   *[other] las
} { $time }
ride-form-meeting-label = Reunión
ride-form-day-label = Día
ride-form-seats-label = Plazas
ride-form-seats = { $count ->
    [one] 1 plaza
   *[other] { $count } plazas
}
ride-form-from = El viaje sale de donde está tu teléfono al guardar. Solo se comparte la zona de alrededor (aprox. 1 km), nunca la dirección de tu casa.
ride-form-save-offer = Ofrecer plazas
ride-form-save-ask = Pedir una plaza
ride-form-none-title = Aún no hay reuniones a las que ir
ride-form-none = Los viajes van a tus reuniones presenciales con dirección completa. Guarda primero una en Mis reuniones.
