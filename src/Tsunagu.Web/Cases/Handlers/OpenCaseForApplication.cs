using Tsunagu.Web.Cases.Contracts;
using Tsunagu.Web.Platform.Messaging;
using Tsunagu.Web.Procedures.Contracts;

namespace Tsunagu.Web.Cases.Handlers;

/// <summary>
/// Each online application becomes a case in its department. Idempotent twice over: the outbox's inbox skips a
/// redelivered message, and the idempotency key <c>application:&lt;id&gt;</c> finds a case already opened.
/// </summary>
internal sealed class OpenCaseForApplication(CaseIntake intake, IApplicationRecords applications, IProcedureDirectory procedures)
    : IIntegrationEventSubscriber<ApplicationSubmitted>
{
    public async Task HandleAsync(ApplicationSubmitted submitted, Guid messageId, CancellationToken ct)
    {
        var record = await applications.FindAsync(submitted.ApplicationId, ct)
            ?? throw new InvalidOperationException($"application {submitted.ApplicationId} is not readable");
        var fields = procedures.Find(submitted.ProcedureId)?.Fields ?? [];
        string Answer(string prefill, string fallbackType) =>
            (fields.FirstOrDefault(f => f.Prefill == prefill) ?? fields.FirstOrDefault(f => f.Type == fallbackType)) is { } f
                ? record.RawAnswers.GetValueOrDefault(f.Id) ?? "" : "";
        var newCase = new NewCase(submitted.ProcedureId, CaseChannel.Online, submitted.ReceiptNumber, null,
            Answer("resident.name", "text"), Answer("resident.kana", "katakana"), record.RawAnswers);
        await intake.OpenAsync(newCase, "application:" + submitted.ApplicationId, submitted.ApplicationId, submitted.SubmittedAt, ct);
    }
}
