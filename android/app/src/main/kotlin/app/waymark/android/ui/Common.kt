// What every screen draws the same way: the state's absence, failures, notices, confirmations,
// and links handed to other apps. Words come from the core's state or from string resources.
package app.waymark.android.ui

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.widget.Toast
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import app.waymark.android.R
import app.waymark.core.Confirmation
import app.waymark.core.Notice
import app.waymark.core.NoticeKind
import app.waymark.screens.ScreenModel

/**
 * Draws a screen model: a quiet progress indicator until the first state, the failure to
 * open with "try again", the last failure above the content until dismissed, a progress bar
 * while a long job runs, and [content] with the core's state.
 */
@Composable
fun <S : Any> ScreenFrame(model: ScreenModel<*, S>, content: @Composable (S) -> Unit) {
    val ui by model.ui.collectAsStateWithLifecycle()
    val state = ui.state
    val failure = ui.failure
    Column(Modifier.fillMaxSize()) {
        if (ui.working) LinearProgressIndicator(Modifier.fillMaxWidth())
        if (failure != null && !failure.opening) {
            Card(
                Modifier.fillMaxWidth().padding(8.dp),
                colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.errorContainer),
            ) {
                Column(Modifier.padding(12.dp)) {
                    Text(failure.message ?: stringResource(R.string.something_went_wrong))
                    TextButton(onClick = model::dismissFailure) { Text(stringResource(R.string.dismiss)) }
                }
            }
        }
        when {
            state != null -> content(state)
            failure != null -> Column(Modifier.padding(16.dp)) {
                Text(failure.message ?: stringResource(R.string.something_went_wrong))
                Button(onClick = model::retry) { Text(stringResource(R.string.try_again)) }
            }
            else -> Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
        }
    }
}

/** A screen's title, from its state, marked as a heading for screen readers. */
@Composable
fun Title(text: String) {
    Text(
        text, style = MaterialTheme.typography.headlineSmall,
        modifier = Modifier.padding(vertical = 8.dp).semantics { heading() },
    )
}

/** The core's notices (nothing yet, out of date, a problem, a note), each in a card. */
@Composable
fun Notices(notices: List<Notice>) {
    notices.forEach { n ->
        Card(
            Modifier.fillMaxWidth().padding(vertical = 4.dp),
            colors = CardDefaults.cardColors(
                containerColor = if (n.kind == NoticeKind.ERROR) MaterialTheme.colorScheme.errorContainer
                else MaterialTheme.colorScheme.surfaceVariant,
            ),
        ) {
            Column(Modifier.padding(12.dp)) {
                n.title?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
                Text(n.message)
            }
        }
    }
}

/** A row of buttons. */
@Composable
fun Actions(content: @Composable () -> Unit) {
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.padding(vertical = 4.dp)) { content() }
}

/** The core's confirmation (its title, message and both labels) before something that cannot be undone. */
@Composable
fun Confirm(confirmation: Confirmation, onConfirm: () -> Unit, onDismiss: () -> Unit) {
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(confirmation.title) },
        text = { Text(confirmation.message) },
        confirmButton = { TextButton(onClick = { onDismiss(); onConfirm() }) { Text(confirmation.confirmLabel) } },
        dismissButton = { TextButton(onClick = onDismiss) { Text(confirmation.cancelLabel) } },
    )
}

/**
 * Hands a link from the core's state to another app: `tel:` to the dialler (nothing is
 * dialled until the person presses call), `sms:` to messages, anything else to whatever opens
 * it; [fallback] (a web address) when nothing can.
 */
fun openLink(context: Context, url: String, fallback: String? = null) {
    val uri = Uri.parse(url)
    val intent = when (uri.scheme) {
        "tel" -> Intent(Intent.ACTION_DIAL, uri)
        "sms", "smsto", "mailto" -> Intent(Intent.ACTION_SENDTO, uri)
        else -> Intent(Intent.ACTION_VIEW, uri)
    }
    try {
        context.startActivity(intent)
    } catch (e: ActivityNotFoundException) {
        if (fallback != null) {
            openLink(context, fallback)
        } else {
            Toast.makeText(context, R.string.no_app_to_open, Toast.LENGTH_SHORT).show()
        }
    }
}

/** Shares text (a meeting's share text) through the system's share sheet. */
fun share(context: Context, text: String) {
    val send = Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text)
    context.startActivity(Intent.createChooser(send, null))
}
