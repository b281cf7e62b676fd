namespace Tsunagu.Web.Payments;

/// <summary>The public funds billed with slips. Each has its own instalment schedule and fund code on the slip.</summary>
public enum Fund
{
    /// <summary>国民健康保険料 (九重町 levies it as a premium; 国保税 towns use the same slip).</summary>
    NationalHealthInsurance,

    /// <summary>介護保険料 (普通徴収: those whose pension is too small to deduct it).</summary>
    LongTermCare,

    /// <summary>後期高齢者医療保険料 (普通徴収; the prefecture-wide union assesses, the town collects).</summary>
    LateStageElderly,
}

/// <summary>Names, slip codes and the town's instalment schedule of each fund.</summary>
public static class Funds
{
    public static readonly IReadOnlyList<Fund> All = [Fund.NationalHealthInsurance, Fund.LongTermCare, Fund.LateStageElderly];

    public static string Name(Fund fund) => fund switch
    {
        Fund.NationalHealthInsurance => "国民健康保険料",
        Fund.LongTermCare => "介護保険料",
        _ => "後期高齢者医療保険料",
    };

    /// <summary>Two digits that open the 納付番号 and name the fund in payment files.</summary>
    public static string Code(Fund fund) => fund switch
    {
        Fund.NationalHealthInsurance => "31",
        Fund.LongTermCare => "32",
        _ => "33",
    };

    public static Fund? FromCode(string? code) => All.Cast<Fund?>().FirstOrDefault(f => Code(f!.Value) == code);

    public static string Key(Fund fund) => fund switch
    {
        Fund.NationalHealthInsurance => "kokuho",
        Fund.LongTermCare => "kaigo",
        _ => "koki",
    };

    public static Fund? FromKey(string? key) => All.Cast<Fund?>().FirstOrDefault(f => Key(f!.Value) == key?.Trim());

    /// <summary>
    /// The months whose last day is a due date, as 九重町's ordinances set them (国保 10期 6月〜3月, 介護 9期 7月〜3月,
    /// 後期高齢 9期 7月〜3月). A due date on a holiday moves to the next working day (地方自治法施行令 as applied by banks).
    /// </summary>
    public static IReadOnlyList<int> DueMonths(Fund fund) => fund == Fund.NationalHealthInsurance
        ? [6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
        : [7, 8, 9, 10, 11, 12, 1, 2, 3];
}
