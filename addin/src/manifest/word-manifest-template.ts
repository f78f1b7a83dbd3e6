/**
 * The Word add-in manifest (XML, TaskPaneApp, with a button on the Home tab). `{{name}}` places are
 * filled, escaped, by renderWordManifest; `{{#sso}}…{{/sso}}` appears only when single sign-on is set up.
 */
export const WORD_MANIFEST_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>{{id}}</Id>
  <Version>{{version}}</Version>
  <ProviderName>Entrance Hall</ProviderName>
  <DefaultLocale>en-GB</DefaultLocale>
  <DisplayName DefaultValue="Entrance Hall report tables"/>
  <Description DefaultValue="Insert live ICT strategy, action plan, portfolio, decisions and risk tables into committee reports, and refresh them all with one click."/>
  <IconUrl DefaultValue="{{assets}}/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="{{assets}}/icon-64.png"/>
  <SupportUrl DefaultValue="{{baseUrl}}/addin/support.html"/>
  <AppDomains>
    <AppDomain>{{baseUrl}}</AppDomain>
    <AppDomain>https://login.microsoftonline.com</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.3">
      <Set Name="WordApi" MinVersion="1.3"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="{{taskpaneUrl}}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Document">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Commands.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="EntranceHall.Group">
                <Label resid="Group.Label"/>
                <Icon>
                  <bt:Image size="16" resid="Icon.16"/>
                  <bt:Image size="32" resid="Icon.32"/>
                  <bt:Image size="80" resid="Icon.80"/>
                </Icon>
                <Control xsi:type="Button" id="EntranceHall.TaskpaneButton">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
                    <bt:Image size="16" resid="Icon.16"/>
                    <bt:Image size="32" resid="Icon.32"/>
                    <bt:Image size="80" resid="Icon.80"/>
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>EntranceHall.Taskpane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16" DefaultValue="{{assets}}/icon-16.png"/>
        <bt:Image id="Icon.32" DefaultValue="{{assets}}/icon-32.png"/>
        <bt:Image id="Icon.80" DefaultValue="{{assets}}/icon-80.png"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="{{taskpaneUrl}}"/>
        <bt:Url id="Commands.Url" DefaultValue="{{baseUrl}}/addin/commands.html"/>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="{{baseUrl}}/addin/support.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="GetStarted.Title" DefaultValue="Entrance Hall tables are ready"/>
        <bt:String id="Group.Label" DefaultValue="Entrance Hall"/>
        <bt:String id="TaskpaneButton.Label" DefaultValue="Report tables"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="Choose Report tables on the Home tab to insert live strategy, action plan and portfolio tables, and to refresh them before publication."/>
        <bt:String id="TaskpaneButton.Tooltip" DefaultValue="Insert live Entrance Hall tables into this report and refresh every table in it with one click."/>
      </bt:LongStrings>
    </Resources>{{#sso}}
    <WebApplicationInfo>
      <Id>{{clientId}}</Id>
      <Resource>{{resource}}</Resource>
      <Scopes>
        <Scope>openid</Scope>
        <Scope>profile</Scope>
      </Scopes>
    </WebApplicationInfo>{{/sso}}
  </VersionOverrides>
</OfficeApp>
`;
