using Modernize.Model.Graph;

namespace Modernize.Analysis.Blockers;

/// <summary>
/// One line of the legacy-blocker catalogue: what gives a technology away and what it costs to leave it.
/// A project has the blocker when any of its evidence is present; external APIs are claimed by the first rule of the catalogue that matches.
/// </summary>
/// <param name="Id">Stable id; the finding's rule id is <c>legacy/&lt;Id&gt;</c>.</param>
/// <param name="Remedy">What to migrate to.</param>
/// <param name="Points">Effort: 1 trivial, 3 complex, 5 redesign, 7 re-architecture, 13 unknown (reasoning in docs/legacy-blockers.md).</param>
/// <param name="Apis">External types used: exact names (<c>System.Web.HttpContext</c>) or namespaces with <c>.*</c> (<c>System.Web.UI.*</c>).</param>
/// <param name="Members">When set, only uses of these members of <paramref name="Apis"/> count (for example <c>AppDomain.CreateDomain</c>, not <c>AppDomain.CurrentDomain</c>).</param>
/// <param name="Except">External types under <paramref name="Apis"/> that are not blockers (they exist in modern .NET).</param>
/// <param name="Files">File extensions that give the technology away (<c>.aspx</c> also matches its code-behind <c>Default.aspx.cs</c>).</param>
/// <param name="DataKinds">Kinds of data access that give it away.</param>
/// <param name="Fact">A project fact that is the blocker.</param>
/// <param name="ApisNeedOtherEvidence">APIs count only in projects where files or data access already show the technology (System.Data.Entity is EDMX only next to an .edmx).</param>
/// <param name="NotInProjectsUsing">API patterns whose use in the project rules this blocker out (System.Drawing is fine in a Windows Forms app).</param>
public sealed record BlockerRule(
    string Id,
    string Title,
    string Remedy,
    int Points,
    IReadOnlyList<string>? Apis = null,
    IReadOnlyList<string>? Members = null,
    IReadOnlyList<string>? Except = null,
    IReadOnlyList<string>? Files = null,
    IReadOnlyList<DataAccessKind>? DataKinds = null,
    ProjectFact Fact = ProjectFact.None,
    bool ApisNeedOtherEvidence = false,
    IReadOnlyList<string>? NotInProjectsUsing = null)
{
    public bool MatchesApi(string api, IReadOnlyList<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var name = ApiName.Normalise(api);
        if (Apis is null || !ApiName.MatchesAny(name, Apis) || (Except is not null && ApiName.MatchesAny(name, Except)))
        {
            return false;
        }

        return Members is null || members.Any(m => Members.Contains(m, StringComparer.Ordinal));
    }

    public bool MatchesFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Files is null)
        {
            return false;
        }

        var name = Path.GetFileName(path);
        return Files.Any(ext =>
            name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)
            || name.Contains(ext + ".", StringComparison.OrdinalIgnoreCase));
    }
}
