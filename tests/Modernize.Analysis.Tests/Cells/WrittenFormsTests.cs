using Modernize.Analysis.Cells.Naming;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>Stemmed layout keys shown as the code writes them (jasontaylordev/CleanArchitecture's shared folder read "common").</summary>
public sealed class WrittenFormsTests
{
    [Fact]
    public void A_key_is_written_as_the_members_folders_and_namespaces_write_it()
    {
        TypeNode[] members =
        [
            Type("App.Application.Common.Interfaces.IUser", "src/Application/Common/Interfaces/IUser.cs"),
            Type("App.Application.Common.Behaviours.LoggingBehaviour", "src/Application/Common/Behaviours/LoggingBehaviour.cs"),
            Type("App.Domain.Common.BaseEntity", "src/Domain/Common/BaseEntity.cs"),
        ];

        Assert.Equal("Common", WrittenForms.OfLayoutKey("common", members));
        Assert.Equal("Domain/Common", WrittenForms.OfLayoutKey("domain/common", members));
        Assert.Equal("BuildingBlocks", WrittenForms.OfLayoutKey("buildingblock", [Type("Co.BuildingBlocks.Entity", "src/BuildingBlocks/Entity.cs")]));
        Assert.Equal("elsewhere", WrittenForms.OfLayoutKey("elsewhere", members));
    }

    private static TypeNode Type(string id, string file)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/App/App.csproj", id[..dot], file, 3, false, false, TypeMetrics.Empty, []);
    }
}
