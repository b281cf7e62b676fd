using Tsunagu.Web.Payments.Billing;

namespace Tsunagu.Web.Payments.Staff;

/// <summary>One assessment as the household and person views show it: instalments, 更正 history and the actions.</summary>
public sealed record BillView(Assessment Bill, IReadOnlyList<AssessmentAdjustment> History, bool LinkToPerson, bool LinkToHousehold);
