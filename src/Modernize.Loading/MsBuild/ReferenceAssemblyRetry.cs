using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Model.Graph;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// The reference assemblies are chosen from the project files before MSBuild runs; when MSBuild's evaluation arrives at another
/// .NET Framework version (computed by a property function, set by a condition the project-file reader cannot follow, a version
/// with no package such as v4.0.3), the design-time build finds none and no framework type resolves. Such a load is retried
/// once: the version MSBuild named (MSB3644), else the one read from the project file, gets its reference-assembly package
/// restored, or the nearest installed set, in a fresh <c>TargetFrameworkRootPath</c> folder.
/// </summary>
internal static partial class ReferenceAssemblyRetry
{
    /// <summary>What to load again with: the new root and, per project path, the note saying what stood in.</summary>
    public sealed record Plan(string Root, IReadOnlyDictionary<string, string> Notes);

    /// <summary>The retry for the .NET Framework projects of <paramref name="loaded"/> that have no core library; null when none needs it or nothing can be offered.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<Plan?> PrepareAsync(
        MsBuildWorkspaceLoader.Result loaded,
        IReadOnlyList<ProjectFileFacts> facts,
        IEnumerable<FrameworkReferenceAssemblies.Choice> firstChoices,
        FrameworkReferenceAssemblies netFramework,
        MsBuildEnvironment environment,
        string scratch,
        CancellationToken cancellationToken)
    {
        var failed = facts
            .Where(f => f.Style == ProjectStyle.Legacy && loaded.Projects.GetValueOrDefault(f.FullPath) is { DocumentIds.Count: > 0 } project && !HasCoreLibrary(project))
            .Select(f => (Project: f, Version: EvaluatedVersion(f, loaded.Diagnostics) ?? f.FrameworkVersion ?? f.TargetFrameworks[0]))
            .ToList();
        if (failed.Count == 0)
        {
            return null;
        }

        var wanted = failed.Select(f => netFramework.Choose(f.Version)).ToList();
        await ReferenceAssemblyRestorer.EnsureInstalledAsync(wanted, environment.DotnetExecutable, cancellationToken).ConfigureAwait(false);
        var choices = failed
            .Select(f => (f.Project, Choice: netFramework.Choose(f.Version) is { IsInstalled: true } exact ? exact : netFramework.ChooseInstalled(f.Version)))
            .Where(c => c.Choice is not null)
            .ToList();
        if (choices.Count == 0)
        {
            return null;
        }

        var root = FrameworkRootFolder.Create(Path.Combine(scratch, "retry"), [.. choices.Select(c => c.Choice!), .. firstChoices], netFramework);
        var notes = choices.ToDictionary(
            c => c.Project.FullPath,
            c => $"the reference assemblies for .NETFramework {c.Choice!.Requested} were not found by the first design-time build; retried once with {c.Choice.Used} ({c.Choice.PackageId} {c.Choice.PackageVersion})",
            StringComparer.Ordinal);
        return new Plan(root, notes);
    }

    /// <summary>Whether a .NET Framework project's references include its core library (mscorlib): without it, the reference assemblies were not found.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool HasCoreLibrary(Project project) =>
        project.MetadataReferences.OfType<PortableExecutableReference>()
            .Any(r => string.Equals(Path.GetFileName(r.FilePath), "mscorlib.dll", StringComparison.OrdinalIgnoreCase));

    /// <summary>The version MSBuild evaluated, from its MSB3644 message about this project (or the only such message).</summary>
    private static string? EvaluatedVersion(ProjectFileFacts project, IReadOnlyList<string> diagnostics)
    {
        var messages = diagnostics.Where(d => FrameworkNotFound().IsMatch(d)).ToList();
        var mine = messages.FirstOrDefault(d => d.Contains(project.FullPath, StringComparison.Ordinal)) ?? (messages.Count == 1 ? messages[0] : null);
        return mine is null ? null : FrameworkNotFound().Match(mine).Groups["version"].Value;
    }

    [GeneratedRegex(@"reference assemblies for \.NETFramework,Version=(?<version>v[0-9.]+) were not found", RegexOptions.IgnoreCase)]
    private static partial Regex FrameworkNotFound();
}
