using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Tests.Support;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Input;

/// <summary>Which data mapping files a project lists, read from the project file as data (no MSBuild).</summary>
public sealed class DataMappingFilesTests
{
    [Fact]
    public void An_sdk_project_lists_its_mapping_files_by_the_default_none_glob_minus_its_removes_and_survives_globs_outside_its_folder()
    {
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "Shop", "Shop", items: """
            <None Remove="Legacy/**" />
            <None Include="../Database/**/*.sql" />
            <Content Include="../Shared/Invoice.hbm.xml" />
            """);
        dir.Write("Shop/Maps/Order.hbm.xml", "<hibernate-mapping />");
        dir.Write("Shop/ShopModel.EDMX", "<Edmx />");
        dir.Write("Shop/Legacy/Old.hbm.xml", "<hibernate-mapping />");
        dir.Write("Shop/Maps/notes.xml", "<notes />");
        dir.Write("Shop/obj/Generated.xsd", "<schema />");
        dir.Write("Shared/Invoice.hbm.xml", "<hibernate-mapping />");

        var facts = ProjectFileReader.ReadWithDataMappingFiles(Path.Combine(dir.Path, "Shop", "Shop.csproj"));

        Assert.Equal(
            ["Shared/Invoice.hbm.xml", "Shop/Maps/Order.hbm.xml", "Shop/ShopModel.EDMX"],
            facts.DataMappingFiles.Select(f => Path.GetRelativePath(dir.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Empty(ProjectFileReader.Read(Path.Combine(dir.Path, "Shop", "Shop.csproj")).DataMappingFiles);
    }

    [Fact]
    public void Editing_a_mapping_file_changes_the_input_fingerprint_and_editing_a_text_file_does_not()
    {
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "Shop", "Shop");
        dir.Write("Shop/Maps/Order.hbm.xml", "<hibernate-mapping />");
        dir.Write("Shop/ShopDataSet.xsd", "<schema />");
        dir.Write("Shop/notes.txt", "a");
        var before = InputFingerprint.Compute(dir.Path, "salt");

        dir.Write("Shop/notes.txt", "b");
        Assert.Equal(before, InputFingerprint.Compute(dir.Path, "salt"));

        dir.Write("Shop/Maps/Order.hbm.xml", "<hibernate-mapping namespace=\"Shop\" />");
        var afterMapping = InputFingerprint.Compute(dir.Path, "salt");
        Assert.NotEqual(before, afterMapping);

        dir.Write("Shop/ShopDataSet.xsd", "<schema id=\"ShopDataSet\" />");
        Assert.NotEqual(afterMapping, InputFingerprint.Compute(dir.Path, "salt"));
    }
}
