using Microsoft.CodeAnalysis;
using Modernize.Extraction.Collecting;
using Modernize.Extraction.Walking;
using Modernize.Loading.Roslyn;
using Modernize.Loading.Workspace;

namespace Modernize.Extraction.Caching;

/// <summary>
/// Decides, before any walk, which documents a rescan can take from the cache: hashes every document's text, fetches the
/// cached entries whose text is unchanged, and computes each project's input key in reference order (parsing only documents
/// whose text changed, for their surface). A cached entry is reused when its project key is the current one.
/// </summary>
internal static class IncrementalPlanner
{
    public static async Task<IReadOnlyList<ProjectPlan>> PlanAsync(LoadedWorkspace workspace, IExtractionCache cache, CancellationToken cancellationToken)
    {
        var documents = new List<(Document Document, string Key, string ContentHash)>[workspace.Projects.Count];
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < workspace.Projects.Count; i++)
        {
            var loaded = workspace.Projects[i];
            documents[i] = [];
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var document in SourceDocuments.Of(loaded.Project))
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var key = KeyOf(loaded, RootPaths.RelativeOrEmpty(workspace.Root, document.FilePath ?? document.Name), seen);
                var hash = TextHash.Sha256(text);
                documents[i].Add((document, key, hash));
                wanted[key] = hash;
            }
        }

        var cached = new Dictionary<string, CachedDocument>(StringComparer.Ordinal);
        foreach (var (key, payload) in await cache.GetAsync(wanted, cancellationToken).ConfigureAwait(false))
        {
            if (CachedDocument.Deserialize(payload) is { } entry)
            {
                cached[key] = entry;
            }
        }

        var index = workspace.Projects.Select((p, i) => (p.Project.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var plans = new ProjectPlan?[workspace.Projects.Count];

        async Task<ProjectPlan> PlanProjectAsync(int i, HashSet<int> visiting)
        {
            if (plans[i] is { } done)
            {
                return done;
            }

            var project = workspace.Projects[i].Project;
            var referenced = new List<string>();
            visiting.Add(i);
            foreach (var reference in project.ProjectReferences)
            {
                referenced.Add(index.TryGetValue(reference.ProjectId, out var r) && !visiting.Contains(r)
                    ? (await PlanProjectAsync(r, visiting).ConfigureAwait(false)).ProjectKey
                    : "unscanned " + (project.Solution.GetProject(reference.ProjectId)?.FilePath ?? reference.ProjectId.ToString()));
            }

            visiting.Remove(i);
            var surfaces = new List<(string Path, string Surface, CachedDocument? Cached)>();
            foreach (var (document, key, _) in documents[i])
            {
                var entry = cached.GetValueOrDefault(key);
                var surface = entry?.Surface ?? DocumentSurface.Hash((await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!);
                surfaces.Add((key, surface, entry));
            }

            var projectKey = await ProjectInputs.KeyAsync(project, surfaces.Select(s => (s.Path, s.Surface)), referenced, cancellationToken).ConfigureAwait(false);
            var plan = new ProjectPlan(
                projectKey,
                [.. documents[i].Select((d, j) => new DocumentPlan(d.Key, d.ContentHash, surfaces[j].Surface, surfaces[j].Cached?.ProjectKey == projectKey ? surfaces[j].Cached : null))]);
            plans[i] = plan;
            return plan;
        }

        for (var i = 0; i < plans.Length; i++)
        {
            await PlanProjectAsync(i, []).ConfigureAwait(false);
        }

        return plans!;
    }

    /// <summary>
    /// The cache key of a document: its project and path (a linked file belongs to several projects), numbered from the second
    /// time the same path appears in one project (MSBuild can list a generated file twice; each copy is walked and counted).
    /// </summary>
    private static string KeyOf(LoadedProject project, string path, Dictionary<string, int> seen)
    {
        var key = project.Info.Path + "|" + path;
        var count = seen[key] = seen.GetValueOrDefault(key) + 1;
        return count == 1 ? key : key + "#" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
