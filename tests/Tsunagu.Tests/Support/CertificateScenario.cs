using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Web.Certificates;
using Tsunagu.Web.Certificates.Kinds;
using Tsunagu.Web.Platform.Database;
using Tsunagu.Web.Residents;
using Tsunagu.Web.Residents.Contracts;

namespace Tsunagu.Tests.Support;

/// <summary>Demo residents in the shapes certificate tests need, and issuing through the real issuer.</summary>
public static class CertificateScenario
{
    public static Task<Person> PersonAsync(TsunaguFactory factory, Func<Person, bool> where, int skip = 0) =>
        factory.WithScopeAsync(async sp =>
        {
            var people = await sp.GetRequiredService<TsunaguDb>().Set<Person>().AsNoTracking().OrderBy(p => p.ResidentCode).ToListAsync();
            return people.Where(where).Skip(skip).First();
        });

    /// <summary>A current resident with an active seal registration, in a household of two or more.</summary>
    public static Task<Person> SealHolderAsync(TsunaguFactory factory, int skip = 0) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TsunaguDb>();
            var active = await db.Set<SealRegistration>().AsNoTracking().Where(s => s.AbolishedOn == null).Select(s => s.PersonId).ToListAsync();
            var people = await db.Set<Person>().AsNoTracking().Where(p => p.Status == ResidencyStatus.Resident).OrderBy(p => p.ResidentCode).ToListAsync();
            return people.Where(p => active.Contains(p.Id)).Skip(skip).First();
        });

    public static Task<(IssuedCertificate? Issued, CertificateRefusal? Refusal)> IssueAsync(TsunaguFactory factory, string kind, Guid person,
        CertificateOptions? options = null, int copies = 1, IssueChannel channel = IssueChannel.Counter) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<CertificateIssuer>().IssueAsync(kind, new ResidentId(person), options ?? new CertificateOptions(),
            copies, new Issuer(channel, "test", "試験 職員"), Guid.NewGuid().ToString("N"), default));
}
