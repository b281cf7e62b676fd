namespace Tsunagu.Web.Platform.Messaging;

/// <summary>An integration event waiting to be delivered, written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public DateTime AvailableAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? ProcessedAt { get; set; }

    /// <summary>Set when every retry is spent; the message then waits for an operator.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
}

/// <summary>The inbox: which handler has already handled which message, so redelivery does nothing twice.</summary>
public sealed class HandledMessage
{
    public Guid MessageId { get; set; }
    public string Handler { get; set; } = "";
    public DateTime HandledAt { get; set; }
}
