namespace Tsunagu.Web.Platform.Town;

/// <summary>The town's postal codes and the 大字 each covers (shared/town/kokonoe.md), for address filling.</summary>
public static class TownPostalCodes
{
    public const string TownAddress = "大分県玖珠郡九重町";

    private static readonly Dictionary<string, string[]> s_oazaByCode = new()
    {
        ["879-4803"] = ["後野上"],
        ["879-4802"] = ["野上"],
        ["879-4801"] = ["右田"],
        ["879-4601"] = ["右田"],
        ["879-4631"] = ["恵良"],
        ["879-4632"] = ["松木"],
        ["879-4911"] = ["田野"],
        ["879-4912"] = ["湯坪"],
        ["879-4721"] = ["粟野"],
        ["879-4724"] = ["菅原"],
        ["879-4722"] = ["引治"],
        ["879-4723"] = ["町田"],
        ["879-4895"] = ["後野上"],
    };

    /// <summary>The address prefix for a town postal code (e.g. 大分県玖珠郡九重町大字田野), or null outside the town.</summary>
    public static string? AddressPrefix(string postalCode) =>
        s_oazaByCode.TryGetValue(postalCode, out var oaza) ? $"{TownAddress}大字{oaza[0]}" : null;
}
