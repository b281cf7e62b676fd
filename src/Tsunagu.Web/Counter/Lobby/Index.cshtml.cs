using Microsoft.AspNetCore.Mvc.RazorPages;
using Tsunagu.Web.Counter.Visits;

namespace Tsunagu.Web.Counter.Lobby;

/// <summary>The lobby screen: waiting numbers only, never a name, so it may hang where everyone sees it.</summary>
public sealed class IndexModel(DepartmentRounds rounds) : PageModel
{
    public IReadOnlyList<int> Waiting { get; private set; } = [];
    public IReadOnlyList<int> Serving { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A Refresh header rather than a meta refresh or script: the screen updates itself with JavaScript off.
        Response.Headers.Append("Refresh", "20");
        (Waiting, Serving) = await rounds.LobbyAsync(ct);
    }
}
