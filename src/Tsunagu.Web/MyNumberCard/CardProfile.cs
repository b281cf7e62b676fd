using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Web.MyNumberCard;

/// <summary>基本4情報 as they appear in a 署名用電子証明書. Sex is the ISO 5218 code (1 male, 2 female, 9 not applicable).</summary>
public sealed record BasicFourInfo(string Name, string Address, DateOnly BirthDate, string Sex);

/// <summary>
/// The certificate profile: policy OIDs and the 基本4情報 otherName entries of the subjectAltName
/// (OIDs 1.2.392.200149.8.5.5.1–.6, J-LIS profile as read by jpki/myna; see research/specs.md §2.2).
/// </summary>
public static class CardProfile
{
    // Test stand-ins under 2.25 (UUID-derived OIDs need no registration); production sets the J-LIS policy OIDs
    // through MyNumberCard:SignaturePolicyOid and :AuthenticationPolicyOid.
    public const string TestSignaturePolicy = "2.25.223780566104126914917327335302296358401.1";
    public const string TestAuthenticationPolicy = "2.25.223780566104126914917327335302296358401.2";

    public const string NameOid = "1.2.392.200149.8.5.5.1";
    public const string NameSubstituteOid = "1.2.392.200149.8.5.5.2";
    public const string SexOid = "1.2.392.200149.8.5.5.3";
    public const string BirthDateOid = "1.2.392.200149.8.5.5.4";
    public const string AddressOid = "1.2.392.200149.8.5.5.5";
    public const string AddressSubstituteOid = "1.2.392.200149.8.5.5.6";

    private const string SubjectAltNameOid = "2.5.29.17";
    private const string CertificatePoliciesOid = "2.5.29.32";

    /// <summary>The subjectAltName extension: otherName [0] { type-id, [0] EXPLICIT UTF8String } per item.</summary>
    public static X509Extension EncodeSubjectAltName(BasicFourInfo info)
    {
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            OtherName(w, NameOid, info.Name);
            OtherName(w, NameSubstituteOid, info.Name);
            OtherName(w, SexOid, info.Sex);
            OtherName(w, BirthDateOid, info.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            OtherName(w, AddressOid, info.Address);
            OtherName(w, AddressSubstituteOid, info.Address);
        }
        return new X509Extension(SubjectAltNameOid, w.Encode(), critical: false);
    }

    /// <summary>基本4情報 from the certificate, or null when any of the four is missing or malformed.</summary>
    public static BasicFourInfo? ReadBasicFourInfo(X509Certificate2 certificate)
    {
        if (certificate.Extensions[SubjectAltNameOid] is not { } ext)
        {
            return null;
        }
        try
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var seq = new AsnReader(ext.RawData, AsnEncodingRules.DER).ReadSequence();
            while (seq.HasData)
            {
                var tag = seq.PeekTag();
                if (tag != new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true))
                {
                    seq.ReadEncodedValue();
                    continue;
                }
                var other = seq.ReadSequence(tag);
                var oid = other.ReadObjectIdentifier();
                var value = other.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
                values[oid] = value.ReadCharacterString(UniversalTagNumber.UTF8String);
            }
            return values.TryGetValue(NameOid, out var name) && values.TryGetValue(AddressOid, out var address)
                && values.TryGetValue(SexOid, out var sex) && values.TryGetValue(BirthDateOid, out var birth)
                && DateOnly.TryParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate)
                    ? new BasicFourInfo(name, address, birthDate, sex)
                    : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    public static X509Extension EncodePolicy(string oid)
    {
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        using (w.PushSequence())
        {
            w.WriteObjectIdentifier(oid);
        }
        return new X509Extension(CertificatePoliciesOid, w.Encode(), critical: false);
    }

    /// <summary>The policy OIDs of the certificatePolicies extension; empty when absent or malformed.</summary>
    public static IReadOnlyList<string> ReadPolicies(X509Certificate2 certificate)
    {
        if (certificate.Extensions[CertificatePoliciesOid] is not { } ext)
        {
            return [];
        }
        try
        {
            var list = new List<string>();
            var seq = new AsnReader(ext.RawData, AsnEncodingRules.DER).ReadSequence();
            while (seq.HasData)
            {
                list.Add(seq.ReadSequence().ReadObjectIdentifier());
            }
            return list;
        }
        catch (AsnContentException)
        {
            return [];
        }
    }

    private static void OtherName(AsnWriter w, string oid, string value)
    {
        using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
        {
            w.WriteObjectIdentifier(oid);
            using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            {
                w.WriteCharacterString(UniversalTagNumber.UTF8String, value);
            }
        }
    }
}
