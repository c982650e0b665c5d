using Modernize.Loading.Input;
using Modernize.Model;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Input;

public sealed class InputResolverTests
{
    [Fact]
    public void A_folder_with_one_solution_scans_that_solution()
    {
        using var dir = new TempDirectory();
        dir.Write("App.slnx", "<Solution><Folder Name=\"/src/\"><Project Path=\"src/A/A.csproj\" /></Folder></Solution>");
        dir.Write("src/A/A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        dir.Write("src/B/B.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var input = InputResolver.Resolve(dir.Path);
        Assert.Equal("App.slnx", input.Name);
        Assert.Equal([dir.Combine("src", "A", "A.csproj")], input.Projects);
    }

    [Fact]
    public void A_folder_without_solution_scans_every_project_below_it_except_bin_and_obj()
    {
        using var dir = new TempDirectory();
        dir.Write("a/A.csproj", "<Project />");
        dir.Write("b/deep/B.vbproj", "<Project />");
        dir.Write("a/obj/Ghost.csproj", "<Project />");
        dir.Write("a/bin/Debug/Ghost.csproj", "<Project />");
        Directory.CreateSymbolicLink(dir.Combine("b", "deep", "loop"), dir.Path);
        var input = InputResolver.Resolve(dir.Path);
        Assert.Equal([dir.Combine("a", "A.csproj"), dir.Combine("b", "deep", "B.vbproj")], input.Projects);
        Assert.Null(input.Solution);
    }

    [Fact]
    public void Several_solutions_in_a_folder_are_refused_and_listed()
    {
        using var dir = new TempDirectory();
        dir.Write("One.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\n");
        dir.Write("Two.slnx", "<Solution />");
        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(dir.Path));
        Assert.Contains("One.sln", error.Message, StringComparison.Ordinal);
        Assert.Contains("Two.slnx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Broken.sln", "this is not a solution")]
    [InlineData("Broken.slnx", "<Solution><Project Path=\"a.csproj\"></Solution>")]
    [InlineData("Broken.slnx", "<!DOCTYPE Solution [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Solution>&x;</Solution>")]
    [InlineData("Broken.csproj", "<Project><PropertyGroup></Project>")]
    [InlineData("Broken.txt", "hello")]
    public void Malformed_or_unknown_inputs_raise_an_input_exception_naming_the_file(string name, string content)
    {
        using var dir = new TempDirectory();
        var file = dir.Write(name, content);
        var error = Assert.ThrowsAny<InputException>(() =>
        {
            var input = InputResolver.Resolve(file);
            foreach (var project in input.Projects)
            {
                ProjectFiles.ProjectFileReader.Read(project);
            }
        });
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_and_an_empty_folder_are_input_errors()
    {
        using var dir = new TempDirectory();
        Assert.Throws<InputException>(() => InputResolver.Resolve(dir.Combine("nope.sln")));
        Assert.Throws<InputException>(() => InputResolver.Resolve(dir.Path));
    }

    [Fact]
    public void Solution_folders_and_non_dotnet_projects_are_not_projects()
    {
        var projects = SolutionFileReader.ReadProjects(RepoPaths.Fixture("legacy-shop", "LegacyShop.sln"));
        Assert.Equal(5, projects.Count);
        Assert.All(projects, p => Assert.True(File.Exists(p), p));
    }

    [Fact]
    public void A_solution_naming_a_project_folder_in_another_case_lists_the_project_on_disk()
    {
        // NuGetGallery.sln: "src\NuGet.Services.Github\NuGet.Services.GitHub.csproj" for the folder NuGet.Services.GitHub.
        using var dir = new TempDirectory();
        dir.Write("src/Shop.GitHub/Shop.GitHub.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        dir.Write("Shop.sln", OneProjectSolution("Shop.GitHub", @"src\Shop.Github\Shop.GitHub.csproj"));

        var onDisk = dir.Combine("src/Shop.GitHub/Shop.GitHub.csproj");
        Assert.Equal([onDisk], SolutionFileReader.ReadProjects(dir.Combine("Shop.sln")));
        Assert.Equal([onDisk], SolutionFileReader.ReadConfigurations(dir.Combine("Shop.sln")).Keys);
    }

    [Fact]
    public void A_solution_folder_named_dot_is_read_as_msbuild_reads_it()
    {
        // realworld-dotnet-modular-monolith's Conduit.API.sln keeps README and build files in a solution folder named ".":
        // Visual Studio and dotnet build open it, the SolutionPersistence library refuses the name.
        using var dir = new TempDirectory();
        dir.Write("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        dir.Write("Shop.sln", OneProjectSolution(
            "Shop",
            @"src\Shop\Shop.csproj",
            folders: """
                Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = ".", ".", "{4585C59E-3947-458A-B981-39DBA50BF644}"
                	ProjectSection(SolutionItems) = preProject
                		README.md = README.md
                	EndProjectSection
                EndProject
                Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{6A1B8860-E624-43D7-9228-29962AC30072}"
                EndProject
                """,
            nesting: """
                	GlobalSection(NestedProjects) = preSolution
                		{043645D5-129F-4BA1-BD17-77153294F2BD} = {6A1B8860-E624-43D7-9228-29962AC30072}
                	EndGlobalSection
                """));

        var project = dir.Combine("src/Shop/Shop.csproj");
        Assert.Equal([project], InputResolver.Resolve(dir.Combine("Shop.sln")).Projects);
        Assert.Equal(new ProjectConfiguration("Debug", "AnyCPU"), SolutionFileReader.ReadConfigurations(dir.Combine("Shop.sln"))[project]);
    }

    [Fact]
    public void A_solution_still_refused_with_its_folders_renamed_names_the_line_of_the_fault()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("Shop.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = ".", ".", "{6A1B8860-E624-43D7-9228-29962AC30072}"
            EndProject
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Shop", "src\Shop\Shop.csproj", "{043645D5-129F-4BA1-BD17-77153294F2BD}"
            EndProject
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Shop", "src\Shop\Shop.csproj", "{143645D5-129F-4BA1-BD17-77153294F2BD}"
            EndProject
            """);

        var error = Assert.Throws<InputException>(() => InputResolver.Resolve(file));
        Assert.StartsWith(file + ": not a valid solution: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(line 6)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    /// <summary>A .sln with one C# project (GUID 043645D5…) built in Debug|Any CPU, plus the given folder entries and global sections.</summary>
    private static string OneProjectSolution(string name, string path, string folders = "", string nesting = "") => $$"""
        Microsoft Visual Studio Solution File, Format Version 12.00
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "{{name}}", "{{path}}", "{043645D5-129F-4BA1-BD17-77153294F2BD}"
        EndProject
        {{folders}}
        Global
        	GlobalSection(SolutionConfigurationPlatforms) = preSolution
        		Debug|Any CPU = Debug|Any CPU
        	EndGlobalSection
        	GlobalSection(ProjectConfigurationPlatforms) = postSolution
        		{043645D5-129F-4BA1-BD17-77153294F2BD}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
        		{043645D5-129F-4BA1-BD17-77153294F2BD}.Debug|Any CPU.Build.0 = Debug|Any CPU
        	EndGlobalSection
        {{nesting}}
        EndGlobal
        """;
}
