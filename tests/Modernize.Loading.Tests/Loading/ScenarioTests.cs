using Modernize.Loading.Tests.Support;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>Loading paths beyond the fixtures, each on small real projects loaded by real MSBuild.</summary>
public sealed class ScenarioTests
{
    private static Task<Workspace.LoadedWorkspace> LoadAsync(string path, bool safe = false) =>
        new SolutionLoader().LoadAsync(path, new LoadOptions(Safe: safe), null, CancellationToken.None);

    [Fact]
    public async Task Sdk_csharp_and_vb_projects_in_an_slnx_load_with_msbuild_and_compile()
    {
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "src/Core", "Core");
        SmallProjects.SdkVisualBasic(dir, "src/VbLib", "VbLib");
        dir.Write("App.slnx", "<Solution><Project Path=\"src/Core/Core.csproj\" /><Project Path=\"src/VbLib/VbLib.vbproj\" /></Solution>");
        using var workspace = await LoadAsync(dir.Combine("App.slnx"));
        Assert.Equal(["src/Core/Core.csproj", "src/VbLib/VbLib.vbproj"], workspace.Projects.Select(p => p.Info.Path));
        Assert.All(workspace.Projects, p => Assert.Equal(LoadMode.MsBuild, p.Info.Fidelity.Mode));
        foreach (var project in workspace.Projects)
        {
            var errors = await LoadedSolution.ErrorsAsync(project);
            Assert.True(errors.Count == 0, project.Info.Name + ": " + string.Join("\n", errors.Take(5)));
        }

        Assert.Contains("VbLib.Greeter", await LoadedSolution.TypesAsync(workspace.Projects[1]));
        Assert.Contains(workspace.Projects[0].GeneratedDocuments, d => d.EndsWith(".GlobalUsings.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_projects_of_one_file_name_in_different_folders_both_load_with_msbuild()
    {
        // dotnet sln list reads such a solution (Duplicati's Agent/ and Executables/ both hold Duplicati.Agent.csproj);
        // each sits in a solution folder of its own, and the loader's own solution must keep them apart too.
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "src/Agent", "Agent");
        SmallProjects.SdkCSharp(dir, "tools/Agent", "Agent");
        dir.Write("App.slnx", "<Solution><Folder Name=\"/src/\"><Project Path=\"src/Agent/Agent.csproj\" /></Folder><Folder Name=\"/tools/\"><Project Path=\"tools/Agent/Agent.csproj\" /></Folder></Solution>");
        using var workspace = await LoadAsync(dir.Combine("App.slnx"));
        Assert.Equal(["src/Agent/Agent.csproj", "tools/Agent/Agent.csproj"], workspace.Projects.Select(p => p.Info.Path));
        Assert.All(workspace.Projects, p => Assert.Equal(LoadMode.MsBuild, p.Info.Fidelity.Mode));
        Assert.DoesNotContain(workspace.Warnings, w => w.Contains("could not open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_multi_targeted_project_appears_once_with_all_its_frameworks()
    {
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "Multi", "Multi", "net10.0;net9.0", extraProperties: "<CheckEolTargetFramework>false</CheckEolTargetFramework>");
        using var workspace = await LoadAsync(dir.Combine("Multi", "Multi.csproj"));
        var project = Assert.Single(workspace.Projects);
        Assert.Equal(["net10.0", "net9.0"], project.Info.TargetFrameworks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_project_whose_sdk_cannot_be_resolved_falls_back_to_its_sources()
    {
        using var dir = new TempDirectory();
        dir.Write("Odd/Odd.csproj", "<Project Sdk=\"Contoso.Unknown.Sdk/1.0.0\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        dir.Write("Odd/Widget.cs", "namespace Odd; public sealed class Widget { public System.Collections.Generic.List<int> Sizes { get; } = new(); }");
        using var workspace = await LoadAsync(dir.Combine("Odd", "Odd.csproj"));
        var project = Assert.Single(workspace.Projects);
        Assert.Equal(LoadMode.Fallback, project.Info.Fidelity.Mode);
        Assert.Contains(project.Info.Fidelity.Warnings, w => w.Contains("read from the project file", StringComparison.Ordinal));
        Assert.Equal(["Odd.Widget"], await LoadedSolution.TypesAsync(project));
        Assert.Empty(await LoadedSolution.ErrorsAsync(project));
    }

    [Fact]
    public async Task A_missing_package_is_a_warning_and_the_scan_goes_on()
    {
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "App", "App", items: "<PackageReference Include=\"Contoso.Does.Not.Exist\" Version=\"9.9.9\" />");
        using var workspace = await LoadAsync(dir.Combine("App", "App.csproj"));
        var project = Assert.Single(workspace.Projects);
        Assert.Contains(project.Info.Packages, p => p.Id == "Contoso.Does.Not.Exist" && !p.Resolved);
        Assert.Contains(project.Info.Fidelity.Warnings, w => w.Contains("Contoso.Does.Not.Exist", StringComparison.Ordinal));
        Assert.Contains("App.AppService", await LoadedSolution.TypesAsync(project));
    }

    [Fact]
    public async Task A_global_json_pinning_a_missing_sdk_is_a_warning_and_the_scan_works()
    {
        using var dir = new TempDirectory();
        dir.Write("global.json", "{ \"sdk\": { \"version\": \"6.0.100\", \"rollForward\": \"disable\" } }");
        SmallProjects.SdkCSharp(dir, "Pinned", "Pinned");
        using var workspace = await LoadAsync(dir.Combine("Pinned", "Pinned.csproj"));
        Assert.Contains(workspace.Warnings, w => w.Contains("6.0.100", StringComparison.Ordinal));
        var project = Assert.Single(workspace.Projects);
        // The pin lies above the scanned folder, so it does not reach the scan's private copy: MSBuild loads the project.
        Assert.Equal(LoadMode.MsBuild, project.Info.Fidelity.Mode);
        Assert.Contains("Pinned.PinnedService", await LoadedSolution.TypesAsync(project));
        Assert.Empty(await LoadedSolution.ErrorsAsync(project));
    }

    [Fact]
    public async Task Safe_mode_never_runs_an_exec_target()
    {
        using var dir = new TempDirectory();
        var marker = dir.Combine("marker.txt");
        dir.Write("Evil/Evil.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <Target Name="Mark" BeforeTargets="CoreCompile;ResolveAssemblyReferences;Restore;_CheckForInvalidConfigurationAndPlatform">
                <Exec Command="touch {marker}" />
              </Target>
            </Project>
            """);
        dir.Write("Evil/Thing.cs", "namespace Evil; public sealed class Thing { }");
        using var workspace = await LoadAsync(dir.Combine("Evil", "Evil.csproj"), safe: true);
        Assert.Equal(LoadMode.Safe, Assert.Single(workspace.Projects).Info.Fidelity.Mode);
        Assert.Equal(["Evil.Thing"], await LoadedSolution.TypesAsync(workspace.Projects[0]));
        Assert.False(File.Exists(marker));
    }
}
