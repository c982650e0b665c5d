using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Workspace;
using Modernize.Model;
using Modernize.Model.Graph;

namespace Modernize.Loading.Input;

/// <summary>The project files of an input that can be read (the listed ones and, transitively, those they reference), and the listed ones that cannot.</summary>
public sealed record ProjectSet(IReadOnlyList<ProjectFileFacts> Facts, IReadOnlyList<MissingProject> Missing)
{
    /// <summary>
    /// Reads every listed project that exists and the projects they reference. A listed project that is not on disk (a git
    /// submodule not checked out, a deleted folder) is reported, not fatal: only an input with no readable project is bad input.
    /// </summary>
    /// <exception cref="InputException">No listed project exists, or a project file is malformed.</exception>
    public static ProjectSet Read(ScanInput input, IProgress<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(input);
        var result = new Dictionary<string, ProjectFileFacts>(StringComparer.Ordinal);
        var missing = new List<MissingProject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(input.Projects);
        while (pending.Count > 0)
        {
            var project = pending.Dequeue();
            if (result.ContainsKey(project) || !seen.Add(project))
            {
                continue;
            }

            if (!File.Exists(project))
            {
                if (input.Projects.Contains(project))
                {
                    missing.Add(new MissingProject(RootPaths.Relative(input.Root, project), "listed in " + input.Name + " but not on disk (a git submodule not checked out, or a deleted folder?)"));
                    progress?.Report($"skipped missing project {project}");
                }
                else
                {
                    progress?.Report($"referenced project {project} is not on disk as written (where one file matches it ignoring case, the private copy points the reference at that file)");
                }

                continue;
            }

            var facts = ProjectFileReader.Read(project);
            result[project] = facts;
            foreach (var reference in facts.ProjectReferences.Where(ProjectFileKinds.IsSupported))
            {
                pending.Enqueue(reference);
            }
        }

        if (result.Count == 0)
        {
            throw new InputException(input.Solution ?? input.Root, $"none of the {input.Projects.Count} project(s) it lists is on disk: nothing to scan");
        }

        return new ProjectSet(result.Values.ToList(), missing);
    }

    /// <summary>The warning that names the missing projects, or null when none is missing.</summary>
    public string? MissingWarning() => Missing.Count == 0
        ? null
        : $"{Missing.Count} listed project(s) could not be scanned, the rest was: " + string.Join("; ", Missing.Take(10).Select(m => m.Path + " (" + m.Reason + ")")) + (Missing.Count > 10 ? "; ..." : string.Empty);
}
