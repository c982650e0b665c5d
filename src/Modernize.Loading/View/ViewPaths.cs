using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Modernize.Loading.Workspace;

namespace Modernize.Loading.View;

/// <summary>
/// Renames what was loaded from the private view by the user's paths: every document's file path (so file:line samples,
/// fingerprints and reports name the user's files) and every message. The text is still read from the copy, which lives
/// until the loaded workspace is disposed.
/// </summary>
public static class ViewPaths
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<LoadedProject> ToOriginal(IReadOnlyList<LoadedProject> projects, PrivateView view)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(view);
        var result = new List<LoadedProject>();
        foreach (var group in projects.GroupBy(p => (object)p.Project.Solution, ReferenceEqualityComparer.Instance))
        {
            var solution = (Solution)group.Key;
            foreach (var loaded in group)
            {
                foreach (var document in solution.GetProject(loaded.Project.Id)!.Documents.ToList())
                {
                    if (document.FilePath is { } path && view.ToOriginal(path) is var original && original != path)
                    {
                        solution = solution.WithDocumentFilePath(document.Id, original);
                    }
                }
            }

            foreach (var loaded in group)
            {
                var fidelity = loaded.Info.Fidelity;
                result.Add(loaded with
                {
                    Project = solution.GetProject(loaded.Project.Id)!,
                    Info = loaded.Info with
                    {
                        Fidelity = fidelity with
                        {
                            Warnings = fidelity.Warnings.Select(view.InOriginalTerms).ToList(),
                            Causes = fidelity.Causes.Select(c => c with { Detail = view.InOriginalTerms(c.Detail) }).ToList(),
                        },
                    },
                });
            }
        }

        return result;
    }
}
