namespace Tsunagu.Web.Residents.Staff;

/// <summary>Why staff open a resident's record; the choice goes into the audit log with every read.</summary>
public static class AccessPurposes
{
    public static readonly IReadOnlyList<string> All =
    [
        "窓口での本人確認",
        "申請・届出の審査",
        "証明書の発行",
        "住民からの問い合わせへの対応",
        "賦課・収納事務",
    ];
}
