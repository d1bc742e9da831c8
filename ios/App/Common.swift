// What every screen shares: a model's state drawn once it has one (a spinner while the core
// opens it, the core's sentence and "Try again" when it could not), the core's notices, a
// problem shown without losing the screen, and the core's confirmations.
import SwiftUI
import WaymarkKit

/// Draws `content` with the model's state; while opening, a spinner; when the screen could not
/// open, the core's sentence with a button to try again. A later failure (a write) shows as an
/// alert over the state. Starts the model when shown and stops it when gone.
struct ModelContent<Screen: ScreenObject, Content: View>: View {
    @ObservedObject var model: ScreenModel<Screen>
    @ViewBuilder let content: (Screen.State) -> Content

    var body: some View {
        Group {
            if let state = model.state {
                content(state)
            } else if let problem = model.problem {
                ProblemView(message: problem) { model.retry() }
            } else {
                ProgressView()
            }
        }
        .onAppear { model.start() }
        .onDisappear { model.stop() }
        .alert(String(localized: "problem_title"), isPresented: Binding(
            get: { model.state != nil && model.problem != nil },
            set: { if !$0 { model.dismissProblem() } }
        )) {
            Button(String(localized: "ok"), role: .cancel) { model.dismissProblem() }
        } message: {
            Text(model.problem ?? "")
        }
    }
}

/// A screen that could not open: the core's sentence and a way to try again.
struct ProblemView: View {
    let message: String
    let retry: () -> Void

    var body: some View {
        VStack(spacing: 16) {
            Text(message).multilineTextAlignment(.center)
            Button(String(localized: "try_again"), action: retry)
                .buttonStyle(.borderedProminent)
        }
        .padding()
    }
}

/// The core's notices (nothing yet, stale data, an error, a note), each with its title.
struct NoticesView: View {
    let notices: [Notice]

    var body: some View {
        ForEach(Array(notices.enumerated()), id: \.offset) { _, notice in
            VStack(alignment: .leading, spacing: 4) {
                if let title = notice.title {
                    Label(title, systemImage: notice.kind.symbol).font(.headline)
                }
                Text(notice.message).font(.subheadline).foregroundStyle(.secondary)
            }
            .padding(.vertical, 4)
            .accessibilityElement(children: .combine)
        }
    }
}

extension NoticeKind {
    /// The symbol drawn beside a notice of this kind.
    var symbol: String {
        switch self {
        case .empty: return "tray"
        case .stale: return "clock.arrow.circlepath"
        case .error: return "exclamationmark.triangle"
        case .info: return "info.circle"
        }
    }
}

/// A question the core words (`Confirmation`), asked before something that cannot be undone.
struct ConfirmationModifier: ViewModifier {
    let confirmation: Confirmation?
    @Binding var isPresented: Bool
    let destructive: Bool
    let action: () -> Void

    func body(content: Content) -> some View {
        content.confirmationDialog(confirmation?.title ?? "", isPresented: $isPresented, titleVisibility: .visible) {
            Button(confirmation?.confirmLabel ?? "", role: destructive ? .destructive : nil, action: action)
            Button(confirmation?.cancelLabel ?? "", role: .cancel) {}
        } message: {
            Text(confirmation?.message ?? "")
        }
    }
}

extension View {
    /// Asks the core's `confirmation` before `action`.
    func confirming(_ confirmation: Confirmation?, isPresented: Binding<Bool>, destructive: Bool = true,
                    perform action: @escaping () -> Void) -> some View {
        modifier(ConfirmationModifier(confirmation: confirmation, isPresented: isPresented,
                                      destructive: destructive, action: action))
    }
}

/// Today's date on this phone as `YYYY-MM-DD`, the form the core takes dates in.
func isoDate(_ date: Date = Date()) -> String {
    ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
}

/// A `YYYY-MM-DD` date as a `Date` at noon on this phone (for a date picker).
func dateOf(_ iso: String) -> Date? {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withFullDate]
    f.timeZone = .current
    return f.date(from: iso).map { $0.addingTimeInterval(12 * 3600) }
}
