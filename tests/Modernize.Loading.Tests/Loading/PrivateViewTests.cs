using System.Security.Cryptography;
using Modernize.Loading.Input;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// fixtures/hostile-build scanned in normal mode, in a scripted git repository: imported props that set their own output
/// paths, a target that writes next to the sources during the design-time build, a global.json pin to an SDK that is not
/// installed, a TargetFrameworkVersion set in an imported file, a packages.config version no feed serves and a listed
/// project that is not on disk. The tree must come out exactly as it went in, and the load must still be faithful.
/// </summary>
public sealed class PrivateViewTests : IAsyncLifetime
{
    private readonly GitRepository repo = new();
    private readonly List<string> progress = [];
    private Dictionary<string, (long Size, DateTime Modified, string Hash)> before = [];
    private string statusBefore = string.Empty;
    private LoadedWorkspace? workspace;

    private string Root => Path.Combine(repo.Path, "hostile");

    private LoadedWorkspace Workspace => workspace!;

    public async Task InitializeAsync()
    {
        repo.CopyFrom(RepoPaths.Fixture("hostile-build"), "hostile");
        repo.Commit("hostile fixture");
        before = Snapshot(repo.Path);
        statusBefore = repo.Git("status", "--porcelain", "--ignored");
        workspace = await new SolutionLoader().LoadAsync(Path.Combine(Root, "Hostile.sln"), new LoadOptions(), new Support.ProgressLines(progress), CancellationToken.None);
        foreach (var project in workspace.Projects)
        {
            // Reads every document, so lazily loaded texts are part of what must leave the tree alone.
            await project.Project.GetCompilationAsync();
        }
    }

    public Task DisposeAsync()
    {
        workspace?.Dispose();
        repo.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void No_file_under_the_tree_is_created_changed_or_touched()
    {
        var after = Snapshot(repo.Path);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, state) in before)
        {
            Assert.True(state == after[path], $"{path} changed: {state} -> {after[path]}");
        }

        Assert.Equal(statusBefore, repo.Git("status", "--porcelain", "--ignored"));
        Assert.Contains(progress, p => p.StartsWith("private copy of " + repo.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_reported_names_the_users_tree_not_the_private_copy()
    {
        Assert.Equal(Root, Workspace.Root);
        Assert.Equal(["src/Hostile/Hostile.csproj", "src/OldStyle/OldStyle.csproj"], Workspace.Projects.Select(p => p.Info.Path));
        var documents = Workspace.Projects.SelectMany(p => p.Project.Documents).Select(d => d.FilePath!).ToList();
        Assert.Contains(Path.Combine(Root, "src", "OldStyle", "Ledger.cs"), documents);
        Assert.All(documents, d => Assert.StartsWith(repo.Path + Path.DirectorySeparatorChar, d, StringComparison.Ordinal));
        var messages = Workspace.Warnings.Concat(Workspace.Projects.SelectMany(p => p.Info.Fidelity.Warnings.Concat(p.Info.Fidelity.Causes.Select(c => c.Detail))));
        Assert.DoesNotContain(messages, m => m.Contains("modernize-scan-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_unsatisfied_global_json_pin_is_set_aside_in_the_copy_with_one_warning_and_every_project_loads_with_msbuild()
    {
        var warning = Assert.Single(Workspace.Warnings, w => w.Contains("pins .NET SDK 6.0.100", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(Root, "global.json"), warning, StringComparison.Ordinal);
        Assert.All(Workspace.Projects, p => Assert.Equal(LoadMode.MsBuild, p.Info.Fidelity.Mode));
        Assert.Contains("6.0.100", File.ReadAllText(Path.Combine(Root, "global.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_target_framework_set_in_an_imported_file_picks_its_reference_assemblies()
    {
        var oldStyle = Workspace.Projects.Single(p => p.Info.Name == "OldStyle");
        Assert.Equal(["net461"], oldStyle.Info.TargetFrameworks);
        var mscorlib = oldStyle.Project.MetadataReferences.OfType<Microsoft.CodeAnalysis.PortableExecutableReference>()
            .Single(r => Path.GetFileName(r.FilePath) == "mscorlib.dll");
        Assert.Contains("v4.6.1", mscorlib.FilePath, StringComparison.Ordinal);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(oldStyle));
        Assert.DoesNotContain(oldStyle.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.MissingReferenceAssemblies);
    }

    [Fact]
    public void A_package_version_no_feed_serves_gets_the_nearest_served_stand_in_and_an_unserved_package_is_named()
    {
        var fidelity = Workspace.Projects.Single(p => p.Info.Name == "OldStyle").Info.Fidelity;
        var standIn = Assert.Single(fidelity.StandIns);
        Assert.Equal(("Newtonsoft.Json", "6.0.7"), (standIn.Id, standIn.Wanted));

        // No 6.x is served, so the nearest higher version stands in.
        Assert.True(new Version(standIn.Used.Split('-')[0]) > new Version(6, 0, 7), standIn.Used);
        Assert.Contains(new FidelityCause(FidelityCauseKind.PackageStandIn, $"Newtonsoft.Json 6.0.7 -> {standIn.Used}"), fidelity.Causes);
        Assert.Contains(new FidelityCause(FidelityCauseKind.MissingPackage, "Contoso.NeverPublished 1.2.3"), fidelity.Causes);
        Assert.Equal(LoadMode.MsBuild, fidelity.Mode);
    }

    [Fact]
    public void A_listed_project_that_is_not_on_disk_is_reported_and_the_rest_is_scanned()
    {
        var missing = Assert.Single(Workspace.MissingProjects);
        Assert.Equal("external/Submodule/Submodule.csproj", missing.Path);
        Assert.Contains(Workspace.Warnings, w => w.Contains("external/Submodule/Submodule.csproj", StringComparison.Ordinal));
        Assert.Equal(2, Workspace.Projects.Count);
        var hostile = Workspace.Projects.Single(p => p.Info.Name == "Hostile").Info.Fidelity;
        Assert.Equal(LoadMode.MsBuild, hostile.Mode);
        Assert.Contains(new FidelityCause(FidelityCauseKind.MissingProjectReference, Path.Combine(Root, "external", "Submodule", "Submodule.csproj") + " is not on disk"), hostile.Causes);
    }

    [Fact]
    public void The_solution_is_read_as_dotnet_sln_reads_it_even_with_a_project_line_missing_its_EndProject()
    {
        // The fixture's own pin would stop dotnet: ask it about a copy of the solution file, outside the pinned tree.
        using var copy = new TempDirectory();
        File.Copy(Path.Combine(Root, "Hostile.sln"), copy.Combine("Hostile.sln"));
        var listed = ProcessRunner.Run("dotnet", ["sln", "Hostile.sln", "list"], copy.Path);
        Assert.True(listed.ExitCode == 0, listed.Output);
        var sdk = listed.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.EndsWith("proj", StringComparison.Ordinal)).Select(l => l.Replace('\\', '/')).Order(StringComparer.Ordinal);
        var ours = SolutionFileReader.ReadProjects(Path.Combine(Root, "Hostile.sln")).Select(p => Path.GetRelativePath(Root, p)).Order(StringComparer.Ordinal);
        Assert.Equal(sdk, ours);
    }

    /// <summary>Every file and folder under the tree (its .git folder aside): size, modification time and content hash.</summary>
    private static Dictionary<string, (long Size, DateTime Modified, string Hash)> Snapshot(string root)
    {
        var result = new Dictionary<string, (long, DateTime, string)>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, entry.FullName);
            if (relative == ".git" || relative.StartsWith(".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            result[relative] = entry is FileInfo file
                ? (file.Length, file.LastWriteTimeUtc, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName))))
                : (0, entry.LastWriteTimeUtc, "folder");
        }

        return result;
    }
}
