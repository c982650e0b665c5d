using Modernize.Loading.ProjectFiles;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Input;

/// <summary>Which SDKs a project file names, read as data: the only sign of an Aspire AppHost when its SDK is not installed.</summary>
public sealed class ProjectSdksTests
{
    [Theory]
    [InlineData("""<Project Sdk="Aspire.AppHost.Sdk/13.1.0"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""", "Aspire.AppHost.Sdk")]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk"><Sdk Name="Aspire.AppHost.Sdk" Version="9.0.0" /><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>""", "Microsoft.NET.Sdk,Aspire.AppHost.Sdk")]
    [InlineData("""<Project><Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" /><Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" /></Project>""", "Microsoft.NET.Sdk.Web")]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk; MSTest.Sdk/3.6.0"></Project>""", "Microsoft.NET.Sdk,MSTest.Sdk")]
    [InlineData("""<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003"><PropertyGroup><TargetFrameworkVersion>v4.8</TargetFrameworkVersion></PropertyGroup></Project>""", "")]
    public void Every_sdk_the_project_file_names_is_read_without_its_version(string projectXml, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("App/App.csproj", projectXml);

        var facts = ProjectFileReader.Read(Path.Combine(dir.Path, "App", "App.csproj"));

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), facts.Sdks);
    }
}
